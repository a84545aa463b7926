import type { Platform } from '../../platform/context';
import { createCityUser, createTenant, createUser, signIn, type Client, type Tenant } from '../../../test/factories';
import type { App } from '../../app';

/** Calendar days in Asia/Shanghai, independent of the process TZ. */
export function shanghaiDate(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

export const majorReport = (t: Tenant, over: Record<string, unknown> = {}) => ({
  mineId: t.mine.id, grade: 'major', standardItemCode: 'UG-07', standardSituationCode: 'UG-07.1',
  description: `主排水泵房仅2台水泵（${t.region.code}）`, placeText: '-120m中段主泵房', foundAt: new Date(Date.now() - 3600_000).toISOString(),
  foundBy: '安全科 张工', ...over,
});

export const plan = (version: number) => ({
  version, goal: '恢复三台水泵', measures: '新增一台同型号水泵并联调', fundsMaterials: '12万元，水泵一台', responsiblePeople: '机电副矿长 李某',
  planDeadline: shanghaiDate(20), interimMeasures: '加强水位观测，撤出最低中段作业人员', stopProduction: true, workersWithdrawn: true,
});

/** Two tenants, a city supervisor, and the enterprise roles one by one (the factory's admin also holds principal). */
export async function hazardWorld(app: App, p: Platform) {
  const [A, B] = [await createTenant(p), await createTenant(p)];
  const only = async (t: Tenant, role: 'enterprise_admin' | 'enterprise_principal') => createUser(p, { enterpriseId: t.enterprise.id }, [role]);
  const users = {
    entAdmin: await only(A, 'enterprise_admin'), principal: await only(A, 'enterprise_principal'), staff: A.users.enterpriseStaff,
    otherEnt: B.users.enterpriseAdmin, district: A.users.districtSupervisor, otherDistrict: B.users.districtSupervisor,
    city: await createCityUser(p, ['city_supervisor']),
  };
  const clients = {} as Record<keyof typeof users, Client>;
  for (const [k, u] of Object.entries(users)) clients[k as keyof typeof users] = await signIn(app, u.username);
  return { A, B, users, clients };
}
export type HazardWorld = Awaited<ReturnType<typeof hazardWorld>>;

export const auditCount = async (p: Platform, hazardId: string) =>
  Number((await p.database.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_events WHERE entity_id = $1`, [hazardId]))[0]!.n);
