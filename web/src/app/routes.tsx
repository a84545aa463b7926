import { lazy, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '@contracts/access';
import { RequirePermission } from '../components/RequirePermission';
import { NotFoundPage } from '../components/NotFoundPage';

type Loader = () => Promise<{ default: ComponentType }>;
/** Every page is its own chunk (React.lazy); the layout's Suspense shows a spinner while it loads. */
const page = (load: Loader, perm?: Permission | Permission[]): ReactNode => {
  const Page = lazy(load);
  return perm ? <RequirePermission perm={perm}><Page /></RequirePermission> : <Page />;
};

export const LoginPage = lazy(() => import('../features/auth/pages/LoginPage'));

/** Routes inside the signed-in shell. */
export const appRoutes: RouteObject[] = [
  { index: true, element: page(() => import('../features/home/pages/HomePage')) },

  { path: 'enterprises', element: page(() => import('../features/enterprises/pages/EnterpriseListPage'), 'enterprise.read') },
  { path: 'enterprises/new', element: page(() => import('../features/enterprises/pages/EnterpriseCreatePage'), 'enterprise.create') },
  { path: 'enterprises/:id', element: page(() => import('../features/enterprises/pages/EnterpriseDetailPage'), 'enterprise.read') },
  { path: 'enterprises/:id/edit', element: page(() => import('../features/enterprises/pages/EnterpriseEditPage'), 'enterprise.update') },

  { path: 'mines', element: page(() => import('../features/mines/pages/MineListPage'), 'mine.read') },
  { path: 'mines/new', element: page(() => import('../features/mines/pages/MineCreatePage'), 'mine.create') },
  { path: 'mines/:id', element: page(() => import('../features/mines/pages/MineDetailPage'), 'mine.read') },
  { path: 'mines/:id/edit', element: page(() => import('../features/mines/pages/MineEditPage'), ['mine.update', 'mine.licence.update']) },

  { path: 'people', element: page(() => import('../features/people/pages/PeopleListPage'), 'person.read') },
  { path: 'people/new', element: page(() => import('../features/people/pages/PersonCreatePage'), 'person.manage') },
  { path: 'people/:id', element: page(() => import('../features/people/pages/PersonDetailPage'), 'person.read') },
  { path: 'people/:id/edit', element: page(() => import('../features/people/pages/PersonEditPage'), 'person.manage') },
  { path: 'certificates', element: page(() => import('../features/certificates/pages/CertificateListPage'), 'person.read') },
  { path: 'certificates/:id', element: page(() => import('../features/certificates/pages/CertificateDetailPage'), 'person.read') },
  { path: 'certificate-types', element: page(() => import('../features/certificates/pages/CertificateTypesPage'), 'person.read') },

  { path: 'hazards', element: page(() => import('../features/hazards/pages/HazardListPage'), 'hazard.read') },
  { path: 'hazards/new', element: page(() => import('../features/hazards/pages/HazardCreatePage'), ['hazard.report', 'hazard.create_found']) },
  { path: 'hazards/:id', element: page(() => import('../features/hazards/pages/HazardDetailPage'), 'hazard.read') },
  { path: 'hazards/:id/responsibility', element: page(() => import('../features/hazards/pages/HazardResponsibilityPage'), 'hazard.read') },
  { path: 'hazard-flags', element: page(() => import('../features/hazards/pages/HazardFlagListPage'), 'hazard.read') },
  { path: 'closure-proposals', element: page(() => import('../features/hazards/pages/ClosureProposalListPage'), 'hazard.closure.decide') },
  { path: 'listings', element: page(() => import('../features/hazards/pages/ListingListPage'), 'hazard.list') },
  { path: 'hazard-resumptions', element: page(() => import('../features/hazards/pages/ResumptionListPage'), 'hazard.read') },
  { path: 'rule-settings', element: page(() => import('../features/rule-settings/pages/RuleSettingsPage'), 'rules.manage') },
  { path: 'key-post-vacancies', element: page(() => import('../features/key-posts/pages/VacancyListPage'), 'person.read') },
  { path: 'position-requirements', element: page(() => import('../features/key-posts/pages/RequirementsPage'), 'rules.manage') },
  { path: 'work-calendar', element: page(() => import('../features/work-calendar/pages/WorkCalendarPage')) },

  { path: 'self-inspections', element: page(() => import('../features/self-inspections/pages/SelfInspectionMatrixPage'), 'selfinspection.read') },
  { path: 'monthly-report', element: page(() => import('../features/monthly-report/pages/MonthlyReportPage'), 'hazard.read') },
  { path: 'self-inspections/new', element: page(() => import('../features/self-inspections/pages/SelfInspectionCreatePage'), 'selfinspection.submit') },
  { path: 'self-inspections/:id', element: page(() => import('../features/self-inspections/pages/SelfInspectionDetailPage'), 'selfinspection.read') },
  { path: 'self-inspections/:id/edit', element: page(() => import('../features/self-inspections/pages/SelfInspectionEditPage'), 'selfinspection.submit') },
  { path: 'onsite', element: page(() => import('../features/onsite/pages/OnsiteCompliancePage'), 'mine.read') },
  { path: 'onsite/mines/:id', element: page(() => import('../features/onsite/pages/OnsiteMinePage'), 'mine.read') },

  { path: 'training', element: page(() => import('../features/training/pages/TrainingRecordListPage'), 'person.read') },
  { path: 'training-progress', element: page(() => import('../features/training/pages/TrainingProgressPage'), 'classroom.record') },
  { path: 'classrooms', element: page(() => import('../features/training/pages/ClassroomListPage'), 'mine.read') },
  { path: 'inspection-visits', element: page(() => import('../features/inspection-visits/pages/VisitListPage'), 'mine.read') },
  { path: 'inspection-visits/new', element: page(() => import('../features/inspection-visits/pages/VisitCreatePage'), 'inspection.record') },
  { path: 'inspection-visits/:id', element: page(() => import('../features/inspection-visits/pages/VisitDetailPage'), 'mine.read') },

  { path: 'users', element: page(() => import('../features/users/pages/UserListPage'), 'user.read') },
  { path: 'tokens', element: page(() => import('../features/tokens/pages/TokenListPage'), 'token.manage') },
  { path: 'audit', element: page(() => import('../features/audit/pages/AuditListPage'), 'audit.read') },
  { path: 'notifications', element: page(() => import('../features/notifications/pages/NotificationInboxPage')) },
  { path: 'notification-preferences', element: page(() => import('../features/notifications/pages/NotificationPreferencesPage')) },

  { path: '404', element: <NotFoundPage /> },
  { path: '*', element: <NotFoundPage /> },
];
