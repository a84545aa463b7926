import { eq, inArray } from 'drizzle-orm';
import { checkRuleValue, RULE_SETTINGS, type RuleSetting, type RuleSettingOut } from '@contracts/rule-settings';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { settings } from '../../platform/db/schema';
import { fieldError, forbidden, notFound } from '../../platform/errors';

const present = (s: RuleSetting, row?: { value: unknown; updatedAt: Date }): RuleSettingOut => {
  const stored = row && checkRuleValue(s, row.value) === null ? row.value : undefined;
  return { ...s, value: stored ?? s.default, isDefault: stored === undefined, updatedAt: row?.updatedAt.toISOString() ?? null };
};

async function read(db: Executor, keys: string[]) {
  const rows = await db.select().from(settings).where(inArray(settings.key, keys));
  return new Map(rows.map((r) => [r.key, r]));
}

/** Regulators read the rules in force (with defaults and 待核对 labels); enterprises do not need them here. */
export async function listRuleSettings(p: Platform, actor: Actor): Promise<RuleSettingOut[]> {
  if (actor.orgType !== 'agency') throw forbidden();
  const rows = await read(p.database.db, RULE_SETTINGS.map((s) => s.key));
  return RULE_SETTINGS.map((s) => present(s, rows.get(s.key)));
}

/** Change one rule (null restores the default): validated against its definition, audited with before and after. */
export async function setRuleSetting(p: Platform, ctx: RequestCtx, actor: Actor, key: string, value: unknown): Promise<RuleSettingOut> {
  const def = RULE_SETTINGS.find((s) => s.key === key);
  if (!def) throw notFound('设置项');
  assertCan(actor, 'rules.manage');
  if (value !== null) {
    const problem = checkRuleValue(def, value);
    if (problem) throw fieldError('value', problem);
  }
  return writeTx(p, ctx, async (tx, audit) => {
    const before = present(def, (await read(tx, [key])).get(key));
    if (value === null) await tx.delete(settings).where(eq(settings.key, key));
    else {
      await tx.insert(settings).values({ key, value, updatedAt: new Date() })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    }
    const after = present(def, (await read(tx, [key])).get(key));
    audit({ entityType: 'setting', entityId: key, action: 'update', before: { value: before.value }, after: { value: after.value } });
    return after;
  });
}
