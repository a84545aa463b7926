import type { Entries } from './types';
import { registryEntries } from './registry.entries';
import { adminEntries } from './admin.entries';
import { peopleEntries } from './people.entries';
import { auditEntries } from './audit.entries';
import { hazardsEntries } from './hazards.entries';
import { oversightEntries } from './oversight.entries';
import { selfInspectionEntries } from './self-inspections.entries';
import { attachmentEntries } from './attachments.entries';
import { hazardLedgerEntries } from './hazard-ledger.entries';
import { responsibilityEntries } from './responsibility.entries';
import { resumptionEntries } from './resumptions.entries';
import { onsiteEntries } from './onsite.entries';
import { trainingEntries } from './training.entries';
import { inspectionVisitEntries } from './inspection-visits.entries';
import { keyPostEntries } from './key-posts.entries';
import { certificateEntries } from './certificates.entries';
import { monthlyReportEntries } from './monthly-report.entries';
import { notificationEntries } from './notifications.entries';

/** All modules' entries. A module adds its file here, one line each. */
export const ALL_ENTRIES: Entries = {
  ...registryEntries,
  ...adminEntries,
  ...peopleEntries,
  ...auditEntries,
  ...hazardsEntries,
  ...oversightEntries,
  ...selfInspectionEntries,
  ...attachmentEntries,
  ...hazardLedgerEntries,
  ...responsibilityEntries,
  ...resumptionEntries,
  ...onsiteEntries,
  ...trainingEntries,
  ...inspectionVisitEntries,
  ...keyPostEntries,
  ...certificateEntries,
  ...monthlyReportEntries,
  ...notificationEntries,
};
