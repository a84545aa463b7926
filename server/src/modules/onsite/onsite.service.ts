import type { z } from 'zod';
import type { ComplianceOut, MineMonthOut, OnsiteRole, complianceQuery } from '@contracts/onsite';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { findMine } from '../mines/mines.repository';
import * as repo from './onsite.repository';
import {
  isCompliant, leaderResults, monthCalendar, monthEnd, roleSummaries, type DayRecord, type MonthCalendar, type PositionSpan, type Rules,
} from './onsite.compliance';
import { officialCalendar, onsiteRules } from './onsite.settings';
import { presentDay, presentSpotCheck } from './onsite.presenter';

interface MineInfo { id: string; enterpriseId: string; positioningInstalled: boolean }

/** A mine's leaders, records with their flags, and role totals for the month. */
function evaluate(mc: MonthCalendar, rules: Rules, mine: MineInfo, spans: repo.LeaderPosition[], rows: repo.OnsiteDayRow[], twoMines: Set<string>) {
  const own = spans.filter((s) => s.mineId === mine.id || (s.mineId === null && s.enterpriseId === mine.enterpriseId));
  const records = rows.filter((r) => r.mineId === mine.id);
  const positioned = new Set(records.filter((r) => r.source === 'positioning').map((r) => `${r.personId}|${r.day}`));
  // Only days the positioning system reported at all: a day with no imported data is not evidence of absence.
  const reportedDays = new Set(records.filter((r) => r.source === 'positioning').map((r) => r.day));
  const flagsOf = (r: DayRecord): string[] => {
    const key = `${r.personId}|${r.day}`;
    const flags: string[] = [];
    if (twoMines.has(key)) flags.push('two_mines');
    if (mine.positioningInstalled && r.source === 'declared' && r.location === 'underground' && reportedDays.has(r.day) && !positioned.has(key)) flags.push('underground_not_in_positioning');
    return flags;
  };
  const asRecord = (r: repo.OnsiteDayRow): DayRecord => ({
    id: r.id, personId: r.personId, day: r.day, arrival: r.arrival?.slice(0, 5) ?? null, departure: r.departure?.slice(0, 5) ?? null,
    location: r.location, source: r.source, photoAttachmentId: r.photoAttachmentId,
  });
  const leaders = leaderResults(mc, own as PositionSpan[], records.map(asRecord), rules);
  const roles = roleSummaries(leaders, rules, mc.scheduleMissing !== null);
  const flagged = new Set(records.filter((r) => flagsOf(asRecord(r)).length).map((r) => r.id));
  return { leaders, roles, flagsOf, flagged, records: records.map(asRecord) };
}

async function monthContext(p: Platform, month: string) {
  const db = p.database.db;
  const [cal, rules] = await Promise.all([officialCalendar(db), onsiteRules(db)]);
  return { mc: monthCalendar(month, cal), rules, from: `${month}-01`, to: monthEnd(month) };
}

/** GET /api/mines/:id/onsite?month=: the month's calendar, each leader's days and count, flags and spot checks. */
export async function mineMonth(p: Platform, actor: Actor, mineId: string, month: string): Promise<MineMonthOut> {
  const db = p.database.db;
  const mine = await findMine(db, actor.scope, mineId);
  if (!mine) throw notFound('矿山');
  assertCan(actor, 'mine.read');
  const { mc, rules, from, to } = await monthContext(p, month);
  const ref = { id: mine.m.id, enterpriseId: mine.m.enterpriseId, positioningInstalled: mine.m.positioningInstalled };
  const [spans, rows, checks] = await Promise.all([
    repo.leaderPositions(db, [ref], from, to), repo.daysOfMines(db, [ref.id], from, to), repo.spotChecksOf(db, [ref.id], month),
  ]);
  const twoMines = await repo.twoMineDays(db, rows.map((r) => r.personId), from, to);
  const e = evaluate(mc, rules, ref, spans, rows, twoMines);
  const missingRoles = e.roles.filter((r) => r.holders === 0).map((r) => r.role);
  return {
    mineId: mine.m.id, mineName: mine.m.name, enterpriseName: mine.enterpriseName, regionCode: mine.m.regionCode, month,
    positioningInstalled: ref.positioningInstalled, scheduleMissing: mc.scheduleMissing, workingDays: mc.workingDays, calendar: mc.days,
    minHours: rules.minHours,
    leaders: e.leaders.map((l) => ({
      personId: l.personId, personName: l.personName, role: l.role, counted: l.counted, required: l.required, shortfall: l.shortfall,
      days: l.records.map((r) => presentDay(r, l.role, e.flagsOf(r))),
    })),
    missingRoles,
    compliant: isCompliant(e.roles, mc.scheduleMissing !== null),
    spotChecks: checks.map(presentSpotCheck),
  };
}

type ComplianceQuery = z.output<typeof complianceQuery>;

/** GET /api/onsite-compliance: mines in scope (non-compliant unless all=true) and counts per district. */
export async function onsiteCompliance(p: Platform, actor: Actor, q: ComplianceQuery): Promise<ComplianceOut> {
  assertCan(actor, 'mine.read');
  const db = p.database.db;
  const { mc, rules, from, to } = await monthContext(p, q.month);
  const mines = await repo.minesInScope(db, actor.scope, q.regionCode);
  if (mc.scheduleMissing) return { month: q.month, scheduleMissing: mc.scheduleMissing, workingDays: null, rows: [], districts: [] };
  const ids = mines.map((m) => m.id);
  const [spans, rows, checks] = await Promise.all([
    repo.leaderPositions(db, mines, from, to), repo.daysOfMines(db, ids, from, to), repo.spotChecksOf(db, ids, q.month),
  ]);
  const twoMines = await repo.twoMineDays(db, rows.map((r) => r.personId), from, to);
  const all = mines.map((m) => {
    const e = evaluate(mc, rules, m, spans, rows, twoMines);
    const role = (r: OnsiteRole) => e.roles.find((x) => x.role === r)!;
    return {
      mineId: m.id, mineName: m.name, enterpriseName: m.enterpriseName, regionCode: m.regionCode, regionName: m.regionName,
      controllerDays: role('actual_controller').days, engineerDays: role('chief_engineer').days,
      controllerRequired: rules.required.actual_controller, engineerRequired: rules.required.chief_engineer,
      missingRoles: e.roles.filter((r) => r.holders === 0).map((r) => r.role),
      compliant: isCompliant(e.roles, false) === true, flags: e.flagged.size, spotChecks: checks.filter((c) => c.mineId === m.id).length,
    };
  });
  const districts = new Map<string, ComplianceOut['districts'][number]>();
  for (const r of all) {
    const d = districts.get(r.regionCode) ?? { regionCode: r.regionCode, regionName: r.regionName, mines: 0, nonCompliant: 0 };
    d.mines++;
    if (!r.compliant) d.nonCompliant++;
    districts.set(r.regionCode, d);
  }
  return {
    month: q.month, scheduleMissing: null, workingDays: mc.workingDays,
    rows: q.all === 'true' ? all : all.filter((r) => !r.compliant), districts: [...districts.values()],
  };
}
