import type { Platform } from '../../platform/context';
import { sendJob, type ScheduledJob } from '../../platform/scheduler/scheduler';
import { runDeadlineScan } from './deadlines.service';

/** The daily scan: 01:00 Asia/Shanghai. */
export const DEADLINE_SCAN = 'deadline-scan';
/** A scan on demand, after a relevant change; policy 'short' keeps at most one waiting, so a burst runs one scan. */
export const DEADLINE_SCAN_REQUEST = 'deadline-scan-request';

/** Job data may narrow a scan to some districts (tests on a shared database); the app always scans everything. */
const scanFor = (p: Platform, data: unknown) => {
  const codes = (data as { regionCodes?: unknown } | null)?.regionCodes;
  return runDeadlineScan(p, Array.isArray(codes) ? { regionCodes: codes.map(String) } : {});
};

export const deadlineJobs: ScheduledJob[] = [
  { name: DEADLINE_SCAN, cron: '0 1 * * *', run: scanFor },
  { name: DEADLINE_SCAN_REQUEST, policy: 'short', run: scanFor },
];

/** Ask for a scan soon (fire and forget). A no-op where no scheduler runs, e.g. in tests. */
export function requestDeadlineScan(p: Platform): void {
  void sendJob(p, DEADLINE_SCAN_REQUEST, {});
}
