import type { EnterpriseInput, EnterpriseOut } from '@contracts/org';
import { validatePhone } from '@contracts/codes';
import type { Actor } from '../../platform/access/actor';
import { assertCan, inRegionScope } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { sealPhone } from '../../platform/crypto/pii';
import type { Executor } from '../../platform/db/client';
import { regionExists } from '../regions/regions.repository';
import * as repo from './enterprises.repository';
import { presentEnterprise } from './enterprises.presenter';

export async function listEnterprises(p: Platform, actor: Actor, q: { q?: string; regionCode?: string; sort: string; limit: number; cursor?: string }) {
  assertCan(actor, 'enterprise.read');
  const r = await repo.listEnterprises(p.database.db, { scope: actor.scope, q: q.q, regionCode: q.regionCode }, repo.SORTS[q.sort]!, q.limit, q.cursor);
  return { ...r, items: r.items.map(presentEnterprise) };
}

export async function getEnterprise(p: Platform, actor: Actor, id: string): Promise<EnterpriseOut> {
  const row = await repo.findEnterprise(p.database.db, actor.scope, id);
  if (!row) throw notFound('企业');
  assertCan(actor, 'enterprise.read');
  return presentEnterprise(row);
}

/** Checks that depend on other rows: region, parent (inside the caller's view), unique credit code. */
async function checkReferences(db: Executor, actor: Actor, input: EnterpriseInput, selfId?: string, current?: repo.EnterpriseRow) {
  if (input.regionCode && !(await regionExists(db, input.regionCode))) {
    throw new AppError('VALIDATION', '所在区县不存在', { regionCode: '所在区县不存在' });
  }
  if (input.parentId) {
    if (!(await repo.findEnterprise(db, { kind: 'city' }, input.parentId))) {
      throw new AppError('VALIDATION', '上级公司不存在', { parentId: '上级公司不存在' });
    }
    if (selfId && (input.parentId === selfId || (await repo.wouldCycle(db, selfId, input.parentId)))) {
      throw new AppError('VALIDATION', '上级公司不能是本企业或其下属企业', { parentId: '上级公司不能是本企业或其下属企业' });
    }
  }
  if (input.contactPhone && input.contactPhone !== current?.contactPhoneMasked) {
    const ph = validatePhone(input.contactPhone);
    if (!ph.ok) throw new AppError('VALIDATION', ph.message, { contactPhone: ph.message });
  }
  const dup = await repo.findByCreditCode(db, input.creditCode);
  if (dup && dup.id !== selfId) {
    // Do not reveal another tenant's enterprise beyond the fact the code is taken.
    throw new AppError('CONFLICT', '该统一社会信用代码已登记', { creditCode: '该统一社会信用代码已登记' });
  }
}

/**
 * Edit forms show the phone masked and send it back unchanged: the masked value means "keep the stored
 * number" (the mask itself could never be stored: it is not a valid phone number).
 */
function toColumns(p: Platform, input: EnterpriseInput, current?: repo.EnterpriseRow) {
  const keep = current && input.contactPhone && input.contactPhone === current.contactPhoneMasked;
  const phone = keep
    ? { enc: current.contactPhoneEnc, bidx: current.contactPhoneBidx, masked: current.contactPhoneMasked }
    : sealPhone(p, input.contactPhone);
  return {
    name: input.name, creditCode: input.creditCode, regionCode: input.regionCode ?? null, address: input.address ?? null,
    parentId: input.parentId ?? null, legalRepresentative: input.legalRepresentative ?? null, contactName: input.contactName ?? null,
    contactPhoneEnc: phone.enc, contactPhoneBidx: phone.bidx, contactPhoneMasked: phone.masked,
  };
}

export async function createEnterprise(p: Platform, ctx: RequestCtx, actor: Actor, input: EnterpriseInput): Promise<EnterpriseOut> {
  // A district registers enterprises of its own district; another district's code is outside its scope.
  if (actor.scope.kind === 'district' && !inRegionScope(actor.scope, input.regionCode ?? null)) throw notFound('区县');
  assertCan(actor, 'enterprise.create');
  await checkReferences(p.database.db, actor, input);
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertEnterprise(tx, toColumns(p, input));
    const after = presentEnterprise((await repo.findEnterprise(tx, { kind: 'city' }, newId))!);
    audit({ entityType: 'enterprise', entityId: newId, action: 'create', after });
    return newId;
  });
  return getEnterprise(p, actor, id);
}

export async function updateEnterprise(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: EnterpriseInput & { version: number }) {
  const current = await repo.findEnterprise(p.database.db, actor.scope, id);
  if (!current) throw notFound('企业');
  assertCan(actor, 'enterprise.update');
  if (actor.scope.kind === 'enterprise' && (input.creditCode !== current.e.creditCode || (input.parentId ?? null) !== current.e.parentId)) {
    throw new AppError('FORBIDDEN', '企业用户不能修改统一社会信用代码或上级公司');
  }
  if (actor.scope.kind === 'district' && input.regionCode !== current.e.regionCode && !inRegionScope(actor.scope, input.regionCode ?? null)) {
    throw notFound('区县');
  }
  await checkReferences(p.database.db, actor, input, id, current.e);
  await writeTx(p, ctx, async (tx, audit) => {
    const before = presentEnterprise(current);
    const ok = await repo.updateEnterprise(tx, id, input.version, toColumns(p, input, current.e));
    if (!ok) {
      const now = await repo.findEnterprise(tx, actor.scope, id);
      throw new AppError('STALE', undefined, undefined, now ? presentEnterprise(now) : undefined);
    }
    const after = presentEnterprise((await repo.findEnterprise(tx, { kind: 'city' }, id))!);
    audit({ entityType: 'enterprise', entityId: id, action: 'update', before, after });
  });
  return getEnterprise(p, actor, id);
}
