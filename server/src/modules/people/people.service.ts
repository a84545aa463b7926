import type { z } from 'zod';
import type { PersonInput, PersonOut, personListQuery } from '@contracts/people';
import { ID_DOCUMENT_TYPE_CODES, validateIdDocument } from '@contracts/codes';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { idIndex, phoneIndex } from '../../platform/crypto/pii';
import type { Executor } from '../../platform/db/client';
import * as repo from './people.repository';
import { presentPerson } from './people.presenter';
import { resolveOwner, sealPii } from './people.rules';

type ListQuery = z.output<typeof personListQuery>;

/** Blind indexes of an exact ID-number search under every document type the text is valid for. */
function idIndexesFor(p: Platform, text: string): string[] {
  return ID_DOCUMENT_TYPE_CODES.flatMap((t) => {
    const v = validateIdDocument(t, text);
    return v.ok ? [idIndex(p, t, v.value)] : [];
  });
}

export async function listPeople(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'person.read');
  const filter: repo.PersonFilter = {
    scope: actor.scope, q: q.q, enterpriseId: q.enterpriseId,
    idIndexes: q.idNumber ? idIndexesFor(p, q.idNumber) : undefined,
    phoneIndex: q.phone ? phoneIndex(p, q.phone) : undefined,
  };
  const r = await repo.listPeople(p.database.db, filter, q.limit, q.cursor);
  return { ...r, items: r.items.map(presentPerson) };
}

async function findInScope(db: Executor, actor: Actor, id: string) {
  const row = await repo.findPerson(db, actor.scope, id);
  if (!row) throw notFound('人员');
  return row;
}

export async function getPerson(p: Platform, actor: Actor, id: string): Promise<PersonOut> {
  const row = await findInScope(p.database.db, actor, id);
  assertCan(actor, 'person.read');
  return presentPerson(row);
}

/**
 * One person, one identity across enterprises: a document already registered is a conflict. When the
 * existing person is outside the caller's scope, the answer says only that — no name, no masked number,
 * not even their id — so the check cannot be used to look people up. (The personnel issue extends this
 * into linking the existing person to the caller's enterprise as an employment.)
 */
async function assertIdentityFree(db: Executor, actor: Actor, idDocType: string, bidx: string | null, selfId?: string) {
  if (!bidx) return;
  const dup = await repo.findByIdIndex(db, idDocType, bidx);
  if (!dup || dup.id === selfId) return;
  const visible = await repo.findPerson(db, actor.scope, dup.id);
  throw identityConflict(visible ? presentPerson(visible) : undefined);
}
const identityConflict = (current?: PersonOut) => new AppError('CONFLICT', '该证件号码已登记', { idNumber: '该证件号码已登记' }, current);
const rethrowUnique = (err: unknown) => { throw repo.isUniqueViolation(err) ? identityConflict() : err; };

export async function createPerson(p: Platform, ctx: RequestCtx, actor: Actor, input: PersonInput): Promise<PersonOut> {
  const db = p.database.db;
  const owner = await resolveOwner(db, actor, input.ownerEnterpriseId ?? null);
  assertCan(actor, 'person.manage');
  const pii = sealPii(p, input);
  await assertIdentityFree(db, actor, input.idDocType, pii.id.bidx);
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertPerson(tx, { ...columns(input, pii), ownerEnterpriseId: owner.id, ownerRegionCode: owner.regionCode });
    audit({ entityType: 'person', entityId: newId, action: 'create', after: presentPerson((await repo.findPerson(tx, { kind: 'city' }, newId))!) });
    return newId;
  }).catch(rethrowUnique);
  return presentPerson((await repo.findPerson(db, { kind: 'city' }, id))!);
}

export async function updatePerson(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: PersonInput & { version: number }) {
  const db = p.database.db;
  const current = await findInScope(db, actor, id);
  const wanted = input.ownerEnterpriseId ?? current.p.ownerEnterpriseId;
  const owner = wanted === current.p.ownerEnterpriseId
    ? { id: wanted, regionCode: current.p.ownerRegionCode } : await resolveOwner(db, actor, wanted);
  assertCan(actor, 'person.manage');
  const pii = sealPii(p, input, current.p);
  await assertIdentityFree(db, actor, input.idDocType, pii.id.bidx, id);
  await writeTx(p, ctx, async (tx, audit) => {
    const ok = await repo.updatePerson(tx, id, input.version, { ...columns(input, pii), ownerEnterpriseId: owner.id, ownerRegionCode: owner.regionCode });
    if (!ok) {
      const now = await repo.findPerson(tx, actor.scope, id);
      throw new AppError('STALE', undefined, undefined, now ? presentPerson(now) : undefined);
    }
    const after = presentPerson((await repo.findPerson(tx, { kind: 'city' }, id))!);
    audit({ entityType: 'person', entityId: id, action: 'update', before: presentPerson(current), after });
  }).catch(rethrowUnique);
  return presentPerson((await repo.findPerson(db, { kind: 'city' }, id))!);
}

function columns(input: PersonInput, pii: ReturnType<typeof sealPii>) {
  return {
    name: input.name, idDocType: input.idDocType, education: input.education ?? null, major: input.major ?? null, title: input.title ?? null,
    miningYears: input.miningYears ?? null,
    idNumberEnc: pii.id.enc, idNumberBidx: pii.id.bidx, idNumberMasked: pii.id.masked,
    phoneEnc: pii.phone.enc, phoneBidx: pii.phone.bidx, phoneMasked: pii.phone.masked,
  };
}

/** 查看完整信息: decrypts for a permitted caller and records who looked at which fields — never the values. */
export async function revealPerson(p: Platform, ctx: RequestCtx, actor: Actor, id: string) {
  const row = await findInScope(p.database.db, actor, id);
  assertCan(actor, 'person.reveal');
  const idNumber = row.p.idNumberEnc ? p.cipher.decrypt(row.p.idNumberEnc) : null;
  const phone = row.p.phoneEnc ? p.cipher.decrypt(row.p.phoneEnc) : null;
  const fields = [idNumber !== null && 'idNumber', phone !== null && 'phone'].filter((f): f is string => !!f);
  await writeTx(p, ctx, async (_tx, audit) => audit({ entityType: 'person', entityId: id, action: 'reveal', after: { fields } }));
  return { idNumber, phone };
}
