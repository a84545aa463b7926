import type { RequirementInput, RequirementOut } from '@contracts/key-posts';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors';
import * as repo from './key-posts.repository';

export function presentRequirement(r: repo.RequirementRecord): RequirementOut {
  return {
    id: r.id, mineKind: r.mineKind, position: r.position, count: r.count, perSystem: r.perSystem, fiveDuties: r.fiveDuties,
    condition: r.condition, qualification: repo.toRule(r).qualification, hazardItemCode: r.hazardItemCode, unconfirmed: r.unconfirmed,
    note: r.note, sort: r.sort, version: r.version, updatedAt: r.updatedAt.toISOString(),
  };
}

/** 岗位配备要求: every agency user reads the rules in force; enterprises see them applied on their mines' posts. */
export async function listRequirements(p: Platform, actor: Actor): Promise<RequirementOut[]> {
  if (actor.orgType !== 'agency') throw forbidden();
  return (await repo.listRequirements(p.database.db)).map(presentRequirement);
}

/** Changes one row (rules.manage): validated, version-checked, audited with before and after. */
export async function updateRequirement(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: RequirementInput): Promise<RequirementOut> {
  const current = await repo.findRequirement(p.database.db, id);
  if (!current) throw notFound('岗位配备要求');
  assertCan(actor, 'rules.manage');
  const q = input.qualification;
  if (current.fiveDuties && !q.fullTime) throw fieldError('qualification.fullTime', '五职矿长岗位须为专职');
  const qualification = {
    ...(q.majors?.length ? { majors: [...new Set(q.majors)] } : {}),
    ...(q.minEducation ? { minEducation: q.minEducation } : {}),
    ...(q.titles?.length ? { titles: [...new Set(q.titles)] } : {}),
    ...(q.minYears ? { minYears: q.minYears } : {}),
    ...(q.fullTime !== undefined ? { fullTime: q.fullTime } : {}),
  };
  return writeTx(p, ctx, async (tx, audit) => {
    const ok = await repo.updateRequirement(tx, id, input.version, {
      count: input.count, perSystem: input.perSystem, qualification, unconfirmed: input.unconfirmed, note: input.note ?? null,
    });
    if (!ok) {
      const now = await repo.findRequirement(tx, id);
      throw new AppError('STALE', undefined, undefined, now ? presentRequirement(now) : undefined);
    }
    const after = presentRequirement((await repo.findRequirement(tx, id))!);
    audit({ entityType: 'position_requirement', entityId: id, action: 'update', before: presentRequirement(current), after });
    return after;
  });
}
