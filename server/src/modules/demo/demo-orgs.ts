// Regulators (city and district tier) and the demo login accounts.
import { DEMO_DISTRICTS } from './demo-names';
import type { DemoAgency, DemoPerson, DemoUser } from './demo-types';

/** Every demo account's password (demo only, never for production); the loader hashes it. */
export const DEMO_PASSWORD = 'Demo@2025';

export function buildAgencies(): DemoAgency[] {
  const city: DemoAgency[] = [
    { key: 'city-sco', name: '重庆市安全生产委员会办公室', kind: 'safety_committee_office', tier: 'city', regionCode: '500000' },
    { key: 'city-em', name: '重庆市应急管理局', kind: 'emergency_management', tier: 'city', regionCode: '500000' },
    { key: 'city-inspectorate', name: '国家矿山安全监察局重庆局', kind: 'national_inspectorate', tier: 'city', regionCode: '500000' },
    { key: 'city-pnr', name: '重庆市规划和自然资源局', kind: 'planning_natural_resources', tier: 'city', regionCode: '500000' },
  ];
  // Each mining district has the same three bodies; names use the short county form (彭水县 …)
  // that the bodies themselves use on their seals and websites.
  const districts = DEMO_DISTRICTS.flatMap((d): DemoAgency[] => [
    { key: `em-${d.code}`, name: `${d.short}应急管理局`, kind: 'emergency_management', tier: 'district', regionCode: d.code },
    { key: `sco-${d.code}`, name: `${d.short}安全生产委员会办公室`, kind: 'safety_committee_office', tier: 'district', regionCode: d.code },
    { key: `pnr-${d.code}`, name: `${d.short}规划和自然资源局`, kind: 'planning_natural_resources', tier: 'district', regionCode: d.code },
  ]);
  return [...city, ...districts];
}

/** Enterprise whose principal logs in as `qiye` (it has a mine in 城口县), and `qiye2`'s employer. */
export const QIYE_ENTERPRISE = 'ent-500229-1';
export const QIYE2_ENTERPRISE = 'ent-500229-5';

export function buildUsers(principalOf: Map<string, DemoPerson>): DemoUser[] {
  const agency = (username: string, displayName: string, roles: string[], orgKey: string): DemoUser => ({
    username, displayName, roles, orgType: 'agency', orgKey,
  });
  const principal = principalOf.get(QIYE_ENTERPRISE);
  if (!principal) throw new Error('演示数据：qiye 的企业没有主要负责人');
  return [
    agency('admin', '系统管理员', ['system_admin'], 'city-em'),
    agency('security', '安全保密管理员', ['security_admin'], 'city-em'),
    agency('auditor', '安全审计员', ['audit_admin'], 'city-em'),
    agency('city', '市应急管理局监管员', ['city_supervisor'], 'city-em'),
    agency('cityadmin', '市应急管理局业务管理员', ['city_admin'], 'city-em'),
    agency('inspector', '重庆局监察员', ['national_inspectorate'], 'city-inspectorate'),
    agency('chengkou', '城口县应急管理局监管员', ['district_supervisor'], 'em-500229'),
    agency('chengkouadmin', '城口县应急管理局业务管理员', ['district_admin'], 'em-500229'),
    agency('pengshui', '彭水县应急管理局监管员', ['district_supervisor'], 'em-500243'),
    agency('shizhu', '石柱县应急管理局监管员', ['district_supervisor'], 'em-500240'),
    agency('ziranziyuan', '城口县规划和自然资源局工作人员', ['natural_resources_officer'], 'pnr-500229'),
    { username: 'qiye', displayName: principal.name, roles: ['enterprise_admin', 'enterprise_principal'], orgType: 'enterprise', orgKey: QIYE_ENTERPRISE, personKey: principal.key },
    { username: 'qiye2', displayName: '坪坝矿业安全员', roles: ['enterprise_staff'], orgType: 'enterprise', orgKey: QIYE2_ENTERPRISE },
    // a few more, so every role tier has a second example
    agency('anweiban', '市安委办工作人员', ['city_supervisor'], 'city-sco'),
    agency('wuxi', '巫溪县应急管理局监管员', ['district_supervisor'], 'em-500238'),
    agency('qijiang', '綦江区应急管理局监管员', ['district_supervisor'], 'em-500110'),
  ];
}
