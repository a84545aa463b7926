/**
 * Excel stores dates as timezone-less serial numbers ("wall clock"), while
 * exceljs converts JS Dates using their UTC fields. Our users all read
 * Asia/Shanghai time, so on export we re-encode an instant as a Date whose
 * UTC fields equal the Shanghai wall clock, and on import we read the UTC
 * fields back as the wall clock the user typed.
 */

// Intl rather than a fixed +8h: China observed DST in 1986–1991, and a
// midnight timestamp from that period would otherwise land on the wrong day.
const SHANGHAI = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Instant → Date whose UTC fields show the Asia/Shanghai wall clock. */
export function toShanghaiWallClock(d: Date): Date {
  const p: Record<string, number> = {};
  for (const part of SHANGHAI.formatToParts(d)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return new Date(
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, d.getUTCMilliseconds()),
  );
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** True when a wall-clock Date (UTC fields) has no time-of-day part. */
export function isMidnight(wall: Date): boolean {
  return wall.getTime() % 86_400_000 === 0;
}

/**
 * Wall-clock Date (UTC fields) → 'YYYY-MM-DD', or 'YYYY-MM-DD HH:mm:ss' when
 * it carries a time, so a typed time is never silently dropped.
 */
export function formatWallClock(wall: Date): string {
  // Excel serials are floats; round to the second to hide 14:29:59.999 noise.
  const d = new Date(Math.round(wall.getTime() / 1000) * 1000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (isMidnight(d)) return date;
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
