import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** China has one time zone and no DST: Asia/Shanghai is UTC+8 all year. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;
export const EMPTY = '—';

/** ISO instant → "YYYY-MM-DD HH:mm" in Asia/Shanghai, whatever the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const d = dayjs(iso);
  return d.isValid() ? d.utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm') : iso;
}

/** Calendar dates arrive as "YYYY-MM-DD" and are shown as they are. */
export function formatDate(date: string | null | undefined): string {
  return date || EMPTY;
}

/** Today's date in Shanghai as "YYYY-MM-DD". */
export function shanghaiToday(): string {
  return dayjs().utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD');
}

export function isPastDate(date: string | null | undefined): boolean {
  return !!date && date < shanghaiToday();
}

/** Label of a code from a contracts value→label map; unknown codes are shown as they are. */
export function labelOf(map: Readonly<Record<string, string>>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  return map[value] ?? value;
}

export function text(value: string | number | null | undefined, unit = ''): string {
  return value === null || value === undefined || value === '' ? EMPTY : `${value}${unit}`;
}

export function yesNo(value: boolean | null | undefined): string {
  return value === null || value === undefined ? EMPTY : value ? '是' : '否';
}

export const isUuid = (s: string | undefined): s is string =>
  !!s && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** antd DatePicker value → "YYYY-MM-DD" (or null). */
export function toIsoDate(value: dayjs.Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function fromIsoDate(value: string | null | undefined): dayjs.Dayjs | undefined {
  return value ? dayjs(value) : undefined; // "YYYY-MM-DD" parses as a local calendar date
}

/** Select/Checkbox options from a contracts value→label map. */
export function optionsFrom<K extends string>(map: Readonly<Record<K, string>>): { value: K; label: string }[] {
  return (Object.keys(map) as K[]).map((value) => ({ value, label: map[value] }));
}
