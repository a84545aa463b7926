import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { getHazard } from '../hazards/hazards.service';
import { findListing, agencyOf } from '../hazards/listings.repository';
import type { NoticeContent } from './notice.pdf';

/** The listing, seen through its hazard: outside the caller's scope it does not exist. */
export async function noticeContent(p: Platform, actor: Actor, listingId: string): Promise<NoticeContent> {
  const db = p.database.db;
  const listing = await findListing(db, listingId);
  if (!listing) throw notFound('挂牌督办记录');
  const hazard = await getHazard(p, actor, listing.hazardId).catch(() => { throw notFound('挂牌督办记录'); });
  assertCan(actor, 'hazard.read');
  const agency = await agencyOf(db, listing.agencyId);
  return {
    docNo: listing.docNo, supervisingAgency: agency?.name ?? '', responsibleUnit: listing.responsibleUnit,
    mineName: hazard.mineName, enterpriseName: hazard.enterpriseName, hazard: hazard.description,
    standardItem: hazard.standardItemCode, deadline: listing.deadline, requirements: listing.requirements,
    listedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(listing.listedAt),
  };
}
