import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';

const IN_DAYS = (n: number) => `((now() AT TIME ZONE 'Asia/Shanghai')::date + ${n})`;

/** A major hazard of tenant t's mine, written straight to the tables in the state a route needs. */
async function hazardOf(s: TestServer, t: Tenant, status: string) {
  const [row] = await s.p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, standard_item_code, standard_situation_code,
      description, found_at, found_by, status, deadline, plan_submitted_at)
    VALUES ($1, $2, $3, 'enterprise_self_inspection', 'major', 'UG-07', 'UG-07.1', $4, now(), '测试', $5,
      ${status === 'reported' ? 'NULL' : IN_DAYS(10)}, now()) RETURNING id`,
  [t.mine.id, t.enterprise.id, t.region.code, `范围测试隐患${t.region.code}`, status]);
  return { hazardId: row!.id };
}
async function pendingExtension(s: TestServer, t: Tenant) {
  const { hazardId } = await hazardOf(s, t, 'in_rectification');
  const [row] = await s.p.database.query<{ id: string }>(`INSERT INTO hazard_extensions (hazard_id, requested_deadline, reason)
    VALUES ($1, ${IN_DAYS(30)}, '设备到货延迟') RETURNING id`, [hazardId]);
  return { hazardId, extensionId: row!.id };
}
async function awaitingDelisting(s: TestServer, t: Tenant) {
  const { hazardId } = await hazardOf(s, t, 'awaiting_delisting');
  const number = 100_000 + Math.floor(Math.random() * 800_000);
  const [row] = await s.p.database.query<{ id: string }>(`INSERT INTO hazard_listings (hazard_id, agency_id, year, number, doc_no,
    deadline, requirements, responsible_unit, status) VALUES ($1, $2, 2026, $3, $4, ${IN_DAYS(10)}, '督办', '企业', 'awaiting_delisting')
    RETURNING id`, [hazardId, t.agency.id, number, `测试督〔2026〕${number}号`]);
  return { hazardId, listingId: row!.id };
}
type Prep = { hazardId: string; extensionId?: string; listingId?: string };
const both = ['district', 'enterprise'] as const;
const reread = (_t: Tenant, prep: Prep) => `/api/hazards/${prep.hazardId}`;
const reported = (s: TestServer, t: Tenant) => hazardOf(s, t, 'reported');
const rectifying = (s: TestServer, t: Tenant) => hazardOf(s, t, 'in_rectification');

export const hazardsEntries: Entries = {
  'GET /api/hazard-standard': { kind: 'tenant', roles: [...both], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/hazard-standard?mineId=${t.mine.id}&q=UG-07` }) },
  'GET /api/hazards': { kind: 'tenant', roles: [...both], op: 'list', prepare: reported,
    request: () => ({ method: 'GET', url: '/api/hazards?limit=200' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.hazardId },
  'GET /api/hazards/:id': { kind: 'tenant', roles: [...both], op: 'read', prepare: reported,
    request: (_t, prep: Prep) => ({ method: 'GET', url: `/api/hazards/${prep.hazardId}` }) },
  'POST /api/hazards': { kind: 'tenant', roles: [...both], op: 'create', okStatus: 201,
    request: (t) => ({ method: 'POST', url: '/api/hazards', body: { mineId: t.mine.id, grade: 'general', description: '巷道浮石未清理',
      foundAt: new Date(Date.now() - 60_000).toISOString(), foundBy: '安全员', deadline: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) } }) },
  'POST /api/hazards/:id/actions/:action': { kind: 'tenant', roles: ['district'], op: 'write', prepare: reported, reread,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/hazards/${prep.hazardId}/actions/confirm`,
      body: { version: 1, deadline: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) } }) },
  'POST /api/hazards/:id/extensions': { kind: 'tenant', roles: ['enterprise'], op: 'write', okStatus: 201, prepare: rectifying, reread,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/hazards/${prep.hazardId}/extensions`,
      body: { requestedDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10), reason: '设备到货延迟' } }) },
  'POST /api/hazard-extensions/:id/decide': { kind: 'tenant', roles: ['district'], op: 'write', prepare: pendingExtension, reread,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/hazard-extensions/${prep.extensionId}/decide`, body: { approve: true } }) },
  'POST /api/hazards/:id/listing': { kind: 'tenant', roles: ['district'], op: 'write', okStatus: 201, prepare: rectifying, reread,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/hazards/${prep.hazardId}/listing`,
      body: { version: 1, deadline: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10), requirements: '限期整改', responsibleUnit: '企业' } }) },
  'POST /api/hazard-listings/:id/delist': { kind: 'tenant', roles: ['district'], op: 'write', prepare: awaitingDelisting, reread,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/hazard-listings/${prep.listingId}/delist`, body: { verificationNote: '现场核查' } }) },
};
