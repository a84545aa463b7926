import type { OnsiteDayOut } from '@contracts/onsite';
import type { DayRecord } from './onsite.compliance';
import type { OnsiteDayRow, SpotCheckRow } from './onsite.repository';

export const presentDay = (r: DayRecord & { counted?: boolean | null }, role: string, flags: string[]): OnsiteDayOut => ({
  id: r.id, personId: r.personId, role, day: r.day, arrival: r.arrival, departure: r.departure, location: r.location, source: r.source,
  photoAttachmentId: r.photoAttachmentId ?? null, counted: r.counted ?? null, flags,
});

/** A stored row as written (for the audit trail and the declare response). */
export const presentStoredDay = (r: OnsiteDayRow): OnsiteDayOut => presentDay({
  id: r.id, personId: r.personId, day: r.day, arrival: r.arrival?.slice(0, 5) ?? null, departure: r.departure?.slice(0, 5) ?? null,
  location: r.location, source: r.source, photoAttachmentId: r.photoAttachmentId,
}, r.role, []);

export const presentSpotCheck = (c: SpotCheckRow) => ({
  id: c.id, mineId: c.mineId, month: c.month, checkedOn: c.checkedOn, checkerName: c.checkerName, result: c.result, note: c.note,
  createdAt: c.createdAt.toISOString(),
});
