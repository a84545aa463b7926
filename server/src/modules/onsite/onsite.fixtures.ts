// Test fixtures (tests and server/test/scope entries): leaders and on-site days written straight through the
// platform. Not used by the app.
import fs from 'node:fs';
import type { Platform } from '../../platform/context';
import { mines, onsiteDays } from '../../platform/db/schema';
import { insertPerson, insertPosition } from '../people/people.fixtures';

interface Org { enterpriseId: string; regionCode: string }

export async function insertOnsiteMine(p: Platform, t: Org, over: Partial<typeof mines.$inferInsert> = {}) {
  const [row] = await p.database.db.insert(mines).values({
    enterpriseId: t.enterpriseId, regionCode: t.regionCode, name: `在岗测试矿${Math.random().toString(36).slice(2, 8)}`,
    kinds: ['underground'], status: 'production', ...over,
  }).returning({ id: mines.id });
  return row!.id;
}

/** A person holding the post: the chief engineer at the mine, the actual controller at the enterprise (no mine). */
export async function insertLeader(p: Platform, t: Org, role: 'actual_controller' | 'chief_engineer', mineId: string | null,
  v: { name?: string; idNumber?: string; startDate?: string; endDate?: string | null } = {}) {
  const personId = await insertPerson(p, { name: v.name ?? (role === 'chief_engineer' ? '总工程师' : '实际控制人'), ownerEnterpriseId: t.enterpriseId, idNumber: v.idNumber });
  await insertPosition(p, { personId, enterpriseId: t.enterpriseId, mineId, position: role, startDate: v.startDate ?? '2020-01-01', endDate: v.endDate ?? null });
  return personId;
}

export async function insertOnsiteDay(p: Platform, t: Org & { mineId: string; personId: string }, day: string,
  over: Partial<typeof onsiteDays.$inferInsert> = {}) {
  const [row] = await p.database.db.insert(onsiteDays).values({
    mineId: t.mineId, enterpriseId: t.enterpriseId, regionCode: t.regionCode, personId: t.personId, role: 'chief_engineer', day,
    location: 'surface', source: 'declared', ...over,
  }).returning({ id: onsiteDays.id });
  return row!.id;
}

/** Expected working days per month, counted here from reference-data/holidays.json without the calendar library. */
export function expectedWorkingDays(): Map<string, number> {
  const file = JSON.parse(fs.readFileSync(new URL('../../../../reference-data/holidays.json', import.meta.url), 'utf8')) as {
    years: Record<string, { holidays: { from: string; to: string }[]; makeUpWorkdays: string[] }>;
  };
  const out = new Map<string, number>();
  for (const [year, y] of Object.entries(file.years)) {
    for (let d = new Date(Date.UTC(Number(year), 0, 1)); d.getUTCFullYear() === Number(year); d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      const weekday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
      const inHoliday = y.holidays.some((h) => h.from <= iso && iso <= h.to);
      const work = y.makeUpWorkdays.includes(iso) || (weekday && !inHoliday);
      const month = iso.slice(0, 7);
      out.set(month, (out.get(month) ?? 0) + (work ? 1 : 0));
    }
  }
  return out;
}


/** GB18030 bytes of a string, found by searching the decoder's two-byte table (Node has no GB18030 encoder). */
export function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(dec.decode(Uint8Array.of(a, b)), [a, b]);
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c) ?? (() => { throw new Error(`no GB18030 for ${c}`); })())));
}
