import type { z } from 'zod';
import {
  CERTIFICATE_STATE_LIST, DUE_SOON_DAYS, type CertificateInput, type CertificateOut, type CertificateState,
  type certificateListQuery, type certificateReviewInput, type certificateUpdate, type certificateVerificationInput,
} from '@contracts/certificates';
import { assertCan, can, type Actor } from '../../platform/access/actor';
import { writeTx, type Audit, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import { findPerson } from '../people/people.repository';
import * as repo from './certificates.repository';
import { presentCertificate, presentCertificateItem, presentReview, presentVerification } from './certificates.presenter';
import { assertRealDate, prepareCertificate, resolveEmployer, shanghaiToday } from './certificates.rules';
import { findEnterprise } from '../enterprises/enterprises.repository';

type ListQuery = z.output<typeof certificateListQuery>;
type UpdateInput = z.output<typeof certificateUpdate>;
type ReviewInput = z.output<typeof certificateReviewInput>;
type VerificationInput = z.output<typeof certificateVerificationInput>;
const CITY = { kind: 'city' } as const;

export const filterOf = (actor: Actor, q: Omit<ListQuery, 'limit' | 'cursor'>): repo.CertificateFilter => ({ ...q, scope: actor.scope });

export async function listCertificates(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'person.read');
  const r = await repo.listCertificates(p.database.db, filterOf(actor, q), q.limit, q.cursor);
  return { ...r, items: r.items.map(presentCertificateItem) };
}

async function findInScope(db: Executor, actor: Actor, id: string) {
  const row = await repo.findCertificate(db, actor.scope, id);
  if (!row) throw notFound('特种作业操作证');
  return row;
}

async function detail(db: Executor, actor: Actor, id: string, scope = actor.scope): Promise<CertificateOut> {
  const row = (await repo.findCertificate(db, scope, id))!;
  const [reviews, verifications] = await Promise.all([repo.reviewsOf(db, id), repo.verificationsOf(db, id)]);
  return presentCertificate(row, reviews, verifications, shanghaiToday(), {
    manage: can(actor, 'certificate.manage'), verify: can(actor, 'certificate.verify') || can(actor, 'certificate.manage'),
  });
}

export async function getCertificate(p: Platform, actor: Actor, id: string): Promise<CertificateOut> {
  await findInScope(p.database.db, actor, id);
  assertCan(actor, 'person.read');
  return detail(p.database.db, actor, id);
}

/** Counts per computed state in the caller's scope: what the UI shows until the deadline engine sends reminders. */
export async function alertsSummary(p: Platform, actor: Actor) {
  assertCan(actor, 'person.read');
  const byState = Object.fromEntries(CERTIFICATE_STATE_LIST.map((s) => [s, 0])) as Record<CertificateState, number>;
  for (const r of await repo.countByState(p.database.db, actor.scope)) byState[r.state] = r.n;
  return { byState, dueSoonDays: DUE_SOON_DAYS };
}

const rethrowUnique = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  if (e?.code === '23505' || e?.cause?.code === '23505') throw new AppError('CONFLICT', '该作业类别下已登记此证号', { number: '该作业类别下已登记此证号' });
  throw err;
};

/** 登记: the holder must be a person in the caller's scope (404), the employer too; then certificate.manage (403). */
export async function createCertificate(p: Platform, ctx: RequestCtx, actor: Actor, input: CertificateInput): Promise<CertificateOut> {
  const db = p.database.db;
  const person = await findPerson(db, actor.scope, input.personId);
  if (!person) throw notFound('人员');
  // 404 for an employer outside the scope, then 403, then the missing-field 400 (resolveEmployer)
  const wanted = input.enterpriseId ?? (actor.scope.kind === 'enterprise' ? actor.orgId : person.p.ownerEnterpriseId);
  if (wanted && !(await findEnterprise(db, actor.scope, wanted))) throw notFound('企业');
  assertCan(actor, 'certificate.manage');
  const employer = await resolveEmployer(db, actor, input.enterpriseId, person.p.ownerEnterpriseId);
  const values = await prepareCertificate(db, input);
  const id = await writeTx(p, ctx, async (tx, audit) => insertCertificateAudited(tx, audit, { ...values, ...employer, personId: input.personId }))
    .catch(rethrowUnique);
  return detail(db, actor, id, CITY);
}

/** The insert and its one audit event (shared with the import, which runs many inside one transaction). */
export async function insertCertificateAudited(tx: Executor, audit: Audit, values: Parameters<typeof repo.insertCertificate>[1]) {
  const id = await repo.insertCertificate(tx, values);
  audit({ entityType: 'certificate', entityId: id, action: 'create', after: presentCertificateItem((await repo.findCertificate(tx, CITY, id))!) });
  return id;
}

export async function updateCertificate(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: UpdateInput): Promise<CertificateOut> {
  const db = p.database.db;
  const current = await findInScope(db, actor, id);
  assertCan(actor, 'certificate.manage');
  const values = await prepareCertificate(db, input, id);
  await writeTx(p, ctx, async (tx, audit) => {
    if (!(await repo.updateCertificate(tx, id, input.version, values))) {
      const now = await repo.findCertificate(tx, actor.scope, id);
      throw new AppError('STALE', undefined, undefined, now ? presentCertificateItem(now) : undefined);
    }
    const after = presentCertificateItem((await repo.findCertificate(tx, CITY, id))!);
    audit({ entityType: 'certificate', entityId: id, action: 'update', before: presentCertificateItem(current), after });
  }).catch(rethrowUnique);
  return detail(db, actor, id, CITY);
}

/** 复审: a passed review moves the next due date; not before the issue date, not in the future. */
export async function recordReview(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: ReviewInput): Promise<CertificateOut> {
  const db = p.database.db;
  const current = await findInScope(db, actor, id);
  assertCan(actor, 'certificate.manage');
  assertRealDate('reviewedOn', '复审日期', input.reviewedOn);
  if (input.reviewedOn < current.c.issueDate) throw fieldError('reviewedOn', `复审日期不能早于初领日期${current.c.issueDate}`);
  if (input.reviewedOn > shanghaiToday()) throw fieldError('reviewedOn', '复审日期不能晚于今天');
  await writeTx(p, ctx, async (tx, audit) => {
    const review = await repo.insertReview(tx, { certificateId: id, reviewedOn: input.reviewedOn, result: input.result, note: input.note ?? null, recordedBy: actor.userId });
    const after = (await repo.findCertificate(tx, CITY, id))!;
    audit({ entityType: 'certificate', entityId: id, action: 'review',
      before: { nextReviewDue: current.nextReviewDue, state: current.state },
      after: { review: presentReview(review), nextReviewDue: after.nextReviewDue, state: after.state } });
  });
  return detail(db, actor, id, CITY);
}

/** 核验: entered by a person (QR scan, national query site, the original); certificate.verify or certificate.manage. */
export async function recordVerification(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: VerificationInput): Promise<CertificateOut> {
  const db = p.database.db;
  const current = await findInScope(db, actor, id);
  if (!can(actor, 'certificate.verify')) assertCan(actor, 'certificate.manage');
  assertRealDate('verifiedOn', '核验日期', input.verifiedOn);
  if (input.verifiedOn > shanghaiToday()) throw fieldError('verifiedOn', '核验日期不能晚于今天');
  await writeTx(p, ctx, async (tx, audit) => {
    const v = await repo.insertVerification(tx, {
      certificateId: current.c.id, verifiedOn: input.verifiedOn, method: input.method, verifierName: input.verifierName,
      result: input.result, note: input.note ?? null, recordedBy: actor.userId,
    });
    audit({ entityType: 'certificate', entityId: id, action: 'verify', after: presentVerification(v) });
  });
  return detail(db, actor, id, CITY);
}
