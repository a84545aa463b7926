import { download } from '../../../lib/download';

export const AUDIT_CHECKPOINT_URL = '/api/audit/checkpoint';

/** GET /api/audit/checkpoint, saved as a JSON file to keep outside the system (detects truncation later). */
export const downloadAuditCheckpoint = () =>
  download(AUDIT_CHECKPOINT_URL, `审计检查点-${new Date().toISOString().slice(0, 10)}.json`);
