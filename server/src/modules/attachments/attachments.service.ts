import type { Actor } from '../../platform/access/actor';
import { assertCan, can } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { acceptUpload } from '../../platform/files/accept';
import { newStorageKey, sm3Hex, type FileStorage } from '../../platform/files/storage';
import type { FileKind } from '../../platform/files/sniff';
import { findInScope } from '../hazards/hazards.service';
import * as repo from './attachments.repository';

export const HAZARD_FILE_KINDS: FileKind[] = ['jpeg', 'png', 'heic', 'webp', 'pdf', 'docx', 'xlsx'];
export const PURPOSES = { photo_before: '整改前照片', photo_after: '整改后照片', document: '文件资料', risk_assessment: '风险评估报告' } as const;
export type Purpose = keyof typeof PURPOSES;

export const presentAttachment = (a: repo.AttachmentRow) => ({
  id: a.id, purpose: a.purpose, filename: a.filename, mime: a.mime, size: a.size, sm3: a.sm3, uploadedBy: a.uploadedBy,
  createdAt: a.createdAt.toISOString(), url: `/api/attachments/${a.id}`,
});

/** Who may add files to a hazard: anyone who may act on it (report, rectify, register, verify). */
const MAY_ATTACH = ['hazard.report', 'hazard.rectify', 'hazard.create_found', 'hazard.accept'] as const;

export async function attachToHazard(p: Platform, store: FileStorage, ctx: RequestCtx, actor: Actor, hazardId: string,
  purpose: Purpose, file: { data: Buffer; filename: string }) {
  const hazard = await findInScope(p.database.db, actor, hazardId);
  if (!MAY_ATTACH.some((perm) => can(actor, perm))) throw new AppError('FORBIDDEN');
  if (hazard.h.status === 'closed') throw new AppError('STATE', '已销号的隐患不能再上传附件');
  const accepted = acceptUpload(file.data, file.filename, { allowed: HAZARD_FILE_KINDS, maxBytes: p.config.uploadMaxBytes });
  const key = newStorageKey();
  await store.put(key, file.data);
  try {
    return await writeTx(p, ctx, async (tx, audit) => {
      const row = await repo.insertAttachment(tx, {
        ownerType: 'hazard', ownerId: hazardId, purpose, regionCode: hazard.h.regionCode, enterpriseId: hazard.h.enterpriseId,
        storageKey: key, filename: accepted.filename, mime: accepted.mime, kind: accepted.kind, size: accepted.size,
        sm3: sm3Hex(file.data), uploadedBy: actor.userId,
      });
      const out = presentAttachment(row);
      audit({ entityType: 'attachment', entityId: row.id, action: 'upload', after: { ...out, ownerType: 'hazard', ownerId: hazardId } });
      return out;
    });
  } catch (err) {
    await store.delete(key).catch(() => {}); // no orphan bytes when the record was not written
    throw err;
  }
}

export async function listHazardAttachments(p: Platform, actor: Actor, hazardId: string) {
  await findInScope(p.database.db, actor, hazardId);
  assertCan(actor, 'hazard.read');
  return (await repo.attachmentsOf(p.database.db, 'hazard', hazardId)).map(presentAttachment);
}

/** Downloads obey the data scope like any read: outside it the file does not exist. */
export async function openAttachment(p: Platform, store: FileStorage, actor: Actor, id: string) {
  const row = await repo.findAttachment(p.database.db, actor.scope, id);
  if (!row) throw notFound('附件');
  assertCan(actor, 'hazard.read');
  return { row, stream: await store.get(row.storageKey) };
}
