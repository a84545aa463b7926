import { AppError } from '../../platform/errors';

/**
 * The audit list's from/to filters. Users think in Beijing time: a bare date means that whole
 * day in Asia/Shanghai ([00:00, 24:00) +08:00); a date-time without an offset is +08:00 too.
 * `from` is inclusive; `to` includes the whole day (date) or that instant (date-time).
 */
export interface TimeRange { gte?: Date; lt?: Date; lte?: Date }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

function invalid(field: 'from' | 'to'): AppError {
  const message = '时间格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm[:ss]';
  return new AppError('VALIDATION', message, { [field]: message });
}

/** Start of a calendar day in Shanghai, or null when the date does not exist (2026-02-30). */
function shanghaiDayStart(y: string, m: string, d: string): Date | null {
  const utc = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const check = new Date(utc);
  if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(m) - 1 || check.getUTCDate() !== Number(d)) return null;
  return new Date(utc - SHANGHAI_OFFSET_MS);
}

function parseInstant(text: string, field: 'from' | 'to'): Date {
  const m = DATE_TIME.exec(text);
  if (!m) throw invalid(field);
  const day = shanghaiDayStart(m[1]!, m[2]!, m[3]!);
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (!day || h > 23 || min > 59 || s > 59) throw invalid(field);
  const offset = m[8] ?? '+08:00';
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${(m[7] ?? '').slice(0, 4)}${offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) throw invalid(field);
  return t;
}

export function parseTimeRange(from?: string, to?: string): TimeRange {
  const range: TimeRange = {};
  if (from) {
    const d = DATE.exec(from);
    const start = d ? shanghaiDayStart(d[1]!, d[2]!, d[3]!) : parseInstant(from, 'from');
    if (!start) throw invalid('from');
    range.gte = start;
  }
  if (to) {
    const d = DATE.exec(to);
    if (d) {
      const start = shanghaiDayStart(d[1]!, d[2]!, d[3]!);
      if (!start) throw invalid('to');
      range.lt = new Date(start.getTime() + DAY_MS);
    } else {
      range.lte = parseInstant(to, 'to');
    }
  }
  return range;
}
