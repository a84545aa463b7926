import type { AuditCheckpoint } from '../types';

/** Reads an exported checkpoint file ({ seq, hmac, exportedAt }) and checks its shape. */
export async function readCheckpointFile(file: Blob): Promise<AuditCheckpoint> {
  let data: Partial<AuditCheckpoint>;
  try {
    data = JSON.parse(await file.text());
  } catch {
    throw new Error('检查点文件不是有效的 JSON');
  }
  if (typeof data.seq !== 'number' || typeof data.hmac !== 'string' || !/^[0-9a-f]{64}$/.test(data.hmac)) {
    throw new Error('检查点文件格式不正确，应包含 seq 与 64 位十六进制 hmac');
  }
  return { seq: data.seq, hmac: data.hmac, exportedAt: data.exportedAt ?? '' };
}
