import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';

const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** A closed major hazard with a stop-production order: ready for 复产申请. */
async function stoppedHazard(s: TestServer, t: Tenant) {
  const [row] = await s.p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, standard_item_code, standard_situation_code,
      description, found_at, found_by, status, deadline, plan_submitted_at, stop_production, closed_at)
    VALUES ($1, $2, $3, 'enterprise_self_inspection', 'major', 'UG-07', 'UG-07.1', $4, now(), '测试', 'closed', ${TODAY} + 10, now(), true, now())
    RETURNING id`, [t.mine.id, t.enterprise.id, t.region.code, `复产范围测试隐患${t.region.code}`]);
  return { hazardId: row!.id };
}
async function pendingResumption(s: TestServer, t: Tenant) {
  const { hazardId } = await stoppedHazard(s, t);
  const [row] = await s.p.database.query<{ id: string }>(`INSERT INTO hazard_resumptions (hazard_id, mine_id, enterprise_id, region_code,
    note, applied_on, day_basis, days, due_date) VALUES ($1, $2, $3, $4, '整改完毕，申请复产', ${TODAY}, 'calendar', 10, ${TODAY} + 10) RETURNING id`,
  [hazardId, t.mine.id, t.enterprise.id, t.region.code]);
  return { hazardId, resumptionId: row!.id };
}
type Prep = { hazardId: string; resumptionId?: string };
const reread = (_t: Tenant, prep: Prep) => `/api/hazards/${prep.hazardId}`;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export const resumptionEntries: Entries = {
  'POST /api/hazards/:id/resumptions': { kind: 'tenant', roles: ['enterprise'], op: 'write', okStatus: 201, prepare: stoppedHazard, reread,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/hazards/${prep.hazardId}/resumptions`, body: { note: '整改完毕，申请复产' } }) },
  'POST /api/hazard-resumptions/:id/decide': { kind: 'tenant', roles: ['district'], op: 'write', prepare: pendingResumption, reread,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/hazard-resumptions/${prep.resumptionId}/decide`,
      body: { approve: true, verifiedOn: today(), note: '现场核查通过' } }) },
  'GET /api/hazard-resumptions': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'list', prepare: pendingResumption,
    request: () => ({ method: 'GET', url: '/api/hazard-resumptions?limit=200' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.resumptionId! },
  'GET /api/work-calendar': { kind: 'reference' },
  'PUT /api/work-calendar/:year': { kind: 'admin', covered: 'server/src/modules/work-calendar/work-calendar.test.ts: system administrator only (403 for others), validation, audit' },
};
