import type { Entries } from './types';

const covered = 'server/test/audit/audit.routes.test.ts: district and enterprise users get 403 on every audit route, audit_admin 200';

/** The audit log is city-wide (审计管理员 only); no tenant rows to scope. */
export const auditEntries: Entries = {
  'GET /api/audit': { kind: 'admin', covered },
  'POST /api/audit/verify': { kind: 'admin', covered },
  'GET /api/audit/checkpoint': { kind: 'admin', covered },
};
