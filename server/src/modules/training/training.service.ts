import type { z } from 'zod';
import type { TrainingRecordInput, TrainingRecordOut, TrainingRecordUpdate, trainingRecordFilter, trainingRecordListQuery } from '@contracts/training';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import { findEnterprise } from '../enterprises/enterprises.repository';
import { findPerson } from '../people/people.repository';
import * as repo from './training.repository';
import { presentRecord } from './training.presenter';

type ListQuery = z.output<typeof trainingRecordListQuery>;
type Filter = z.output<typeof trainingRecordFilter>;

/** The regex in contracts accepts 2025-02-30; the database would not. */
export function assertRealDate(field: string, label: string, d: string) {
  const t = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) throw fieldError(field, `${label}不是有效日期`);
}

export const recordFilter = (actor: Actor, q: Filter): repo.RecordFilter => ({ ...q, scope: actor.scope });

export async function listRecords(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'person.read');
  const { limit, cursor, ...f } = q;
  const r = await repo.listRecords(p.database.db, recordFilter(actor, f), limit, cursor);
  return { ...r, items: r.items.map(presentRecord) };
}

export async function getRecord(p: Platform, actor: Actor, id: string): Promise<TrainingRecordOut> {
  const row = await repo.findRecord(p.database.db, actor.scope, id);
  if (!row) throw notFound('培训记录');
  assertCan(actor, 'person.read');
  return presentRecord(row);
}

/**
 * 三项岗位培训记录. The employer is the recording enterprise (enterprise users) or the one named (regulators,
 * inside their scope); the record is credited to the employer's district. Person and employer outside the
 * caller's scope → 404, role → 403, fields → 400.
 */
export async function createRecord(p: Platform, ctx: RequestCtx, actor: Actor, input: TrainingRecordInput): Promise<TrainingRecordOut> {
  const db = p.database.db;
  if (!(await findPerson(db, actor.scope, input.personId))) throw notFound('人员');
  const employerId = actor.orgType === 'enterprise' ? (input.enterpriseId ?? actor.orgId) : input.enterpriseId;
  const employer = employerId ? await findEnterprise(db, actor.scope, employerId) : undefined;
  if (employerId && !employer) throw notFound('企业');
  assertCan(actor, 'training.manage');
  if (!employer) throw fieldError('enterpriseId', '请选择人员所在企业');
  assertRealDate('trainedOn', '培训日期', input.trainedOn);
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertRecord(tx, {
      personId: input.personId, enterpriseId: employer.e.id, regionCode: employer.e.regionCode, ...content(input),
    });
    audit({ entityType: 'training_record', entityId: newId, action: 'create', after: presentRecord((await repo.findRecord(tx, { kind: 'city' }, newId))!) });
    return newId;
  });
  return presentRecord((await repo.findRecord(db, { kind: 'city' }, id))!);
}

const content = (v: Omit<TrainingRecordInput, 'personId' | 'enterpriseId'>) => ({
  category: v.category, course: v.course, hours: String(v.hours), examScore: v.examScore == null ? null : String(v.examScore),
  passed: v.passed, certificateNo: v.certificateNo ?? null, trainedOn: v.trainedOn,
});

/** A correction of a record (person and employer fixed): scope 404 → role 403 → stale 409 → fields 400. */
export async function updateRecord(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: TrainingRecordUpdate): Promise<TrainingRecordOut> {
  const db = p.database.db;
  const current = await repo.findRecord(db, actor.scope, id);
  if (!current) throw notFound('培训记录');
  assertCan(actor, 'training.manage');
  const stale = async (ex: Executor) => {
    const now = await repo.findRecord(ex, actor.scope, id);
    return new AppError('STALE', undefined, undefined, now ? presentRecord(now) : undefined);
  };
  if (current.r.version !== input.version) throw await stale(db);
  assertRealDate('trainedOn', '培训日期', input.trainedOn);
  await writeTx(p, ctx, async (tx, audit) => {
    if (!(await repo.updateRecord(tx, id, input.version, content(input)))) throw await stale(tx);
    const after = presentRecord((await repo.findRecord(tx, { kind: 'city' }, id))!);
    audit({ entityType: 'training_record', entityId: id, action: 'update', before: presentRecord(current), after });
  });
  return presentRecord((await repo.findRecord(db, { kind: 'city' }, id))!);
}
