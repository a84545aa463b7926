import type { ZApp } from './types';
import type { Platform } from '../platform/context';
import { healthRoutes } from './health/health.routes';
import { authRoutes } from './auth/auth.routes';
import { regionsRoutes } from './regions/regions.routes';
import { enterprisesRoutes } from './enterprises/enterprises.routes';
import { minesRoutes } from './mines/mines.routes';
import { jobsRoutes } from './jobs/jobs.routes';
import { importsRoutes } from './imports/imports.routes';
import { systemRoutes } from './system/system.routes';
import { agenciesRoutes } from './agencies/agencies.routes';
import { usersRoutes } from './users/users.routes';
import { tokensRoutes } from './tokens/tokens.routes';
import { peopleRoutes } from './people/people.routes';
import { auditRoutes } from './audit/audit.routes';
import { hazardsRoutes } from './hazards/hazards.routes';
import { hazardOversightRoutes } from './hazards/oversight.routes';
import { ruleSettingsRoutes } from './rule-settings/rule-settings.routes';
import { selfInspectionsRoutes } from './self-inspections/self-inspections.routes';
import { attachmentsRoutes } from './attachments/attachments.routes';
import { listingNoticeRoutes } from './listing-notice/notice.routes';
import { hazardLedgerRoutes } from './hazard-ledger/hazard-ledger.routes';
import { resumptionsRoutes } from './hazards/resumptions.routes';
import { workCalendarRoutes } from './work-calendar/work-calendar.routes';
import { responsibilityRoutes } from './hazards/responsibility.routes';
import { onsiteRoutes } from './onsite/onsite.routes';
import { keyPostsRoutes } from './key-posts/key-posts.routes';
import { trainingRoutes } from './training/training.routes';
import { inspectionVisitsRoutes } from './inspection-visits/inspection-visits.routes';
import { certificatesRoutes } from './certificates/certificates.routes';
import { monthlyReportRoutes } from './monthly-report/monthly-report.routes';
import { notificationsRoutes } from './notifications/notifications.routes';

type Module = (app: ZApp, p: Platform) => Promise<void>;

/** Every module's routes. A new module adds one line here (and its entries in server/test/scope/). */
const MODULES: Module[] = [
  healthRoutes,
  authRoutes,
  regionsRoutes,
  enterprisesRoutes,
  minesRoutes,
  jobsRoutes,
  importsRoutes,
  systemRoutes,
  agenciesRoutes,
  usersRoutes,
  tokensRoutes,
  peopleRoutes,
  auditRoutes,
  hazardsRoutes,
  hazardOversightRoutes,
  ruleSettingsRoutes,
  selfInspectionsRoutes,
  attachmentsRoutes,
  listingNoticeRoutes,
  hazardLedgerRoutes,
  resumptionsRoutes,
  workCalendarRoutes,
  responsibilityRoutes,
  onsiteRoutes,
  keyPostsRoutes,
  trainingRoutes,
  inspectionVisitsRoutes,
  certificatesRoutes,
  monthlyReportRoutes,
  notificationsRoutes,
];

export async function registerModules(app: ZApp, p: Platform): Promise<void> {
  for (const mod of MODULES) await mod(app, p);
}
