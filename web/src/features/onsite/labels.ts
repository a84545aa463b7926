export { ONSITE_FLAGS, ONSITE_LOCATIONS, ONSITE_ROLES, ONSITE_SOURCES, SPOT_CHECK_RESULTS } from '@contracts/onsite';

export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** The month before the current one (Asia/Shanghai): the last complete month, what regulators usually check. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
