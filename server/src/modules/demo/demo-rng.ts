// Small helpers over a seeded generator. Every random choice in the demo data goes through one rng
// in a fixed order, so the same seed always yields the same dataset.

export type Rng = () => number;

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

export function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
  return s;
}

/** Draws until `make` yields a value not seen before (codes, phones and ID numbers must be unique). */
export function unique<T>(seen: Set<T>, make: () => T): T {
  for (let i = 0; i < 1000; i++) {
    const v = make();
    if (!seen.has(v)) {
      seen.add(v);
      return v;
    }
  }
  throw new Error('演示数据：无法生成不重复的值');
}

/** ISO date (yyyy-mm-dd) shifted by whole days; UTC so time zones cannot move it. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A real date in the year (days 1–28 so every month works). */
export function randomDate(rng: Rng, fromYear: number, toYear: number): string {
  return isoDate(int(rng, fromYear, toYear), int(rng, 1, 12), int(rng, 1, 28));
}

/** Same month and day, n years later (callers keep days ≤ 28, so no 29 February surprises). */
export function addYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}
