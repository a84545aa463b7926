import { RULE_SETTINGS, checkRuleValue } from '@contracts/rule-settings';
import type { Platform } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notify, type NotificationInput } from '../notifications/notify';
import { graceDays } from '../self-inspections/self-inspections.settings';
import * as repo from './deadlines.repository';

const keyOf = (n: NotificationInput) => `${n.userId}|${n.itemType}|${n.itemId}|${n.stage}|${n.period ?? ''}`;

export interface ScanResult { candidates: number; created: number; byProducer: Record<string, number> }

/** An int rule setting in force: the stored value when valid, else the default from contracts/rule-settings.ts. */
async function intRule(db: Executor, key: string): Promise<number> {
  const def = RULE_SETTINGS.find((s) => s.key === key)!;
  const v = await repo.storedSetting(db, key);
  return v !== undefined && checkRuleValue(def, v) === null ? (v as number) : (def.default as number);
}

/**
 * 期限扫描: what is due soon, overdue or escalated today (Asia/Shanghai), notified once per item, stage, period and
 * recipient. Safe to run any number of times and from several processes at once: notify() inserts with
 * ON CONFLICT DO NOTHING on the unique key, so only the first run creates a notification.
 */
export async function runDeadlineScan(p: Platform, filter: repo.ScanFilter = {}): Promise<ScanResult> {
  const db = p.database.db;
  const rules = { dueSoonDays: await intRule(db, 'deadline.due_soon_days'), escalateAfterDays: await intRule(db, 'deadline.escalate_after_days') };
  const producers: Record<string, () => Promise<NotificationInput[]>> = {
    hazards: () => repo.hazardDeadlines(db, rules, filter),
    listings: () => repo.listingDeadlines(db, rules, filter),
    resumptions: () => repo.resumptionDeadlines(db, rules, filter),
    selfInspections: async () => repo.missingSelfInspections(db, await graceDays(db), filter),
    certificates: () => repo.certificateDeadlines(db, filter),
  };
  const result: ScanResult = { candidates: 0, created: 0, byProducer: {} };
  for (const [name, produce] of Object.entries(producers)) {
    // One order for every process: two scans inserting the same keys in different orders could deadlock on the index.
    const items = (await produce()).sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
    const created = await notify(db, items);
    result.candidates += items.length;
    result.created += created.length;
    result.byProducer[name] = created.length;
  }
  return result;
}
