import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, createUser, signIn, type Client, type Tenant } from '../../../test/factories';
import { runImport } from '../../../test/uploads';
import { mines } from '../../platform/db/schema';
import { shanghaiDate } from '../hazards/hazards.fixtures';
import { HAZARD_IMPORT_COLUMNS } from './hazard-columns';

type Cells = Record<string, string | Date>;

/** A real .xlsx as a user would fill the template: the header row, then one row per hazard. */
async function sheet(rows: Cells[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('隐患');
  ws.addRow(HAZARD_IMPORT_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(HAZARD_IMPORT_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Beijing wall clock 'YYYY-MM-DD HH:mm', offset from now. */
const beijing = (offsetMs: number) => new Date(Date.now() + offsetMs + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const HOUR = 3600_000;

describe.each(databaseKinds())('hazard import on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let licensed: { id: string; name: string; licence: string };
  let district: Client;
  let enterprise: Client;
  let staff: Client;
  let otherDistrict: Client;

  const count = async (sql: string, params: unknown[]) => Number((await s.p.database.query<{ n: string }>(sql, params))[0]!.n);
  const hazardsOf = (mineIds: string[]) => count('SELECT count(*)::text AS n FROM hazards WHERE mine_id = ANY($1::uuid[])', [mineIds]);
  const auditsOf = (mineIds: string[]) => count(
    `SELECT count(*)::text AS n FROM audit_events WHERE entity_type = 'hazard' AND entity_id IN (SELECT id::text FROM hazards WHERE mine_id = ANY($1::uuid[]))`, [mineIds]);
  const major = (t: Tenant, over: Cells = {}): Cells => ({
    mineName: t.mine.name, grade: '重大', standardItemCode: 'UG-07', standardSituationCode: 'UG-07.1',
    description: `主排水泵房仅2台水泵（${t.region.code}）`, placeText: '-120m中段主泵房', foundAt: beijing(-2 * HOUR), foundBy: '检查组 王工',
    deadline: shanghaiDate(30), stopProduction: '是', workersWithdrawn: '否', ...over,
  });

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    const licence = `C5${A.region.code.slice(1)}${String(Date.now()).slice(-13)}`.padEnd(23, '0').slice(0, 23);
    const [pit] = await s.p.database.db.insert(mines).values({
      enterpriseId: A.enterprise.id, regionCode: A.region.code, name: `露天矿${A.region.code}`, kinds: ['open_pit'], status: 'production', miningLicenceNo: licence,
    }).returning();
    licensed = { id: pit!.id, name: pit!.name, licence };
    district = await signIn(s.app, A.users.districtSupervisor.username);
    enterprise = await signIn(s.app, A.users.enterpriseAdmin.username);
    staff = await signIn(s.app, A.users.enterpriseStaff.username);
    otherDistrict = await signIn(s.app, B.users.districtSupervisor.username);
  });
  afterAll(async () => s?.close());

  it('offers the template to those who may create hazards, and refuses others', async () => {
    const res = await staff.get('/api/import/hazards/template');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as never);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(HAZARD_IMPORT_COLUMNS.map((c) => c.header));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['隐患', '填写说明']);
    expect((await district.get('/api/import/hazards/template')).status).toBe(200);
    const nr = await signIn(s.app, (await createUser(s.p, { agencyId: A.agency.id }, ['natural_resources_officer'])).username);
    expect((await nr.get('/api/import/hazards/template')).status).toBe(403);
    expect((await runImport(nr, 'hazards', await sheet([major(A)]), 'dry-run')).status).toBe(403);
    // and the hazard permission does not open the registry imports
    expect((await staff.get('/api/import/mines/template')).status).toBe(403);
  });

  it('dry run reports every row error by column and writes nothing; a commit with one bad row writes nothing either', async () => {
    const rows: Cells[] = [
      major(A), // 2: valid
      major(A, { grade: '特大', description: '等级错误' }), // 3
      major(A, { standardItemCode: 'UG-99', standardSituationCode: '', description: '条款不存在' }), // 4
      major(A, { standardItemCode: 'OP-01', standardSituationCode: '', description: '露天条款用于地下矿山' }), // 5
      major(A, { description: '泵房_x0007_漏水' }), // 6: Excel's escape for U+0007
      major(A, { foundAt: beijing(48 * HOUR), description: '发现时间在将来' }), // 7
      major(A, { deadline: '', description: '没有整改期限' }), // 8
      major(A, { deadline: shanghaiDate(-2), description: '期限已过' }), // 9
      major(A, { foundAt: (major(A).foundAt as string).replace(' ', 'T') }), // 10: same as row 2 (time written differently)
      major(B, { description: '外区县矿山' }), // 11
      { ...major(A), grade: '一般', standardItemCode: '', standardSituationCode: '', description: '巷道照明不足' }, // 12: valid
    ];
    const buf = await sheet(rows);
    const before = { hazards: await hazardsOf([A.mine.id, B.mine.id]), audits: await auditsOf([A.mine.id, B.mine.id]) };
    const dry = await runImport(district, 'hazards', buf, 'dry-run');
    expect(dry.json.status, dry.body).toBe('succeeded');
    const errors = dry.json.result.errors as { rowNumber: number; field?: string; message: string }[];
    const at = (row: number) => errors.filter((e) => e.rowNumber === row);
    expect([...new Set(errors.map((e) => e.rowNumber))], JSON.stringify(errors)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(dry.json.result).toMatchObject({ totalRows: 11, validRows: 2, committed: false });
    expect(at(3)[0]).toMatchObject({ field: '隐患等级', message: expect.stringMatching(/一般.*重大/) });
    expect(at(4)[0]).toMatchObject({ field: '判定标准条款编号', message: expect.stringMatching(/没有条目UG-99/) });
    expect(at(5)[0]).toMatchObject({ field: '判定标准条款编号', message: expect.stringMatching(/不适用/) });
    expect(at(6)[0]).toMatchObject({ field: '隐患描述', message: '隐患描述含有不允许的控制字符' });
    expect(at(7)[0]).toMatchObject({ field: '发现时间', message: expect.stringMatching(/不能晚于现在/) });
    expect(at(8)[0]).toMatchObject({ field: '整改期限', message: '请填写整改期限' });
    expect(at(9)[0]).toMatchObject({ field: '整改期限', message: expect.stringMatching(/不能早于今天/) });
    expect(at(10)[0]!.message).toMatch(/与第2行重复/);
    expect(at(11)[0]).toMatchObject({ field: '矿山名称', message: expect.stringMatching(/未找到该矿山/) });

    const commit = await runImport(district, 'hazards', buf, 'commit');
    expect(commit.json.result).toMatchObject({ committed: false, created: 0 });
    // Only the bad row removed is still refused on commit if any other row is bad: one bad row among valid ones.
    const oneBad = await runImport(district, 'hazards', await sheet([rows[0]!, rows[10]!, rows[7]!]), 'commit');
    expect(oneBad.json.result).toMatchObject({ committed: false, validRows: 2 });
    expect({ hazards: await hazardsOf([A.mine.id, B.mine.id]), audits: await auditsOf([A.mine.id, B.mine.id]) }).toEqual(before);
  });

  it('a regulator commits a valid file: hazards in rectification with their deadline, one audit and one timeline event each', async () => {
    const tag = `检查${Date.now()}`;
    const rows: Cells[] = [
      major(A, { description: `${tag} 主排水泵房仅2台水泵` }),
      { mineName: licensed.name, miningLicenceNo: licensed.licence.toLowerCase(), grade: '重大', standardItemCode: 'OP-01', description: `${tag} 边坡台阶坍塌`,
        foundAt: beijing(-HOUR).slice(0, 10), foundBy: '检查组 李工', deadline: shanghaiDate(10).replaceAll('-', '/') },
      { mineName: A.mine.name, grade: '一般', description: `${tag} 巷道照明不足`, foundAt: beijing(-3 * HOUR), foundBy: '检查组 王工', deadline: shanghaiDate(0) },
      // Excel date cells (exceljs writes a Date's UTC fields as the wall clock the user sees)
      { mineName: A.mine.name, grade: '一般', description: `${tag} 日期单元格`, foundAt: new Date(`${beijing(-5 * HOUR).replace(' ', 'T')}:00Z`),
        foundBy: '检查组 王工', deadline: new Date(`${shanghaiDate(5)}T00:00:00Z`) },
    ];
    const buf = await sheet(rows);
    const dry = await runImport(district, 'hazards', buf, 'dry-run');
    expect(dry.json.result, JSON.stringify(dry.json.result)).toMatchObject({ totalRows: 4, validRows: 4, errors: [], created: 4 });
    const done = await runImport(district, 'hazards', buf, 'commit');
    expect(done.json.result, JSON.stringify(done.json.result)).toMatchObject({ committed: true, created: 4, updated: 0 });

    const list = (await district.get(`/api/hazards?q=${encodeURIComponent(tag)}&limit=50`)).json.items as any[];
    const mine = list.filter((h) => h.description.startsWith(tag));
    expect(mine).toHaveLength(4);
    for (const h of mine) {
      expect(h).toMatchObject({ status: 'in_rectification', source: 'regulator_inspection' });
      const ids = [h.id];
      expect(await count(`SELECT count(*)::text AS n FROM audit_events WHERE entity_type = 'hazard' AND entity_id = $1`, ids)).toBe(1);
      expect(await count(`SELECT count(*)::text AS n FROM hazard_events WHERE hazard_id = $1 AND action = 'create'`, ids)).toBe(1);
      expect(await count(`SELECT count(*)::text AS n FROM hazard_events WHERE hazard_id = $1`, ids)).toBe(1);
    }
    const pit = mine.find((h) => h.mineId === licensed.id);
    expect(pit).toMatchObject({ grade: 'major', standardItemCode: 'OP-01', deadline: shanghaiDate(10) });
    const dated = mine.find((h) => h.description.endsWith('日期单元格'));
    expect(dated.deadline).toBe(shanghaiDate(5));
    expect(Math.abs(new Date(dated.foundAt).getTime() - (Date.now() - 5 * HOUR))).toBeLessThan(3 * 60_000);
    const detail = (await district.get(`/api/hazards/${mine.find((h) => h.grade === 'major' && h.mineId === A.mine.id).id}`)).json;
    expect(detail).toMatchObject({ standardSituationCode: 'UG-07.1', stopProduction: true, workersWithdrawn: false, placeText: '-120m中段主泵房' });

    // The same file again: every row is already registered.
    const again = await runImport(district, 'hazards', buf, 'dry-run');
    expect(again.json.result.errors.map((e: any) => e.message)).toEqual(Array(4).fill(expect.stringMatching(/已登记/)));
  });

  it('enterprise users import their own self-found hazards as reported, without a deadline', async () => {
    const tag = `自查${Date.now()}`;
    const withDeadline = await runImport(enterprise, 'hazards', await sheet([major(A, { description: `${tag} 带期限` })]), 'dry-run');
    expect(withDeadline.json.result.errors[0]).toMatchObject({ rowNumber: 2, field: '整改期限' });
    const rows = [major(A, { description: `${tag} 主泵不足`, deadline: '' }), { ...major(A, { description: `${tag} 照明`, deadline: '' }), grade: '一般', standardItemCode: '', standardSituationCode: '' }];
    const done = await runImport(staff, 'hazards', await sheet(rows), 'commit');
    expect(done.json.result, JSON.stringify(done.json.result)).toMatchObject({ committed: true, created: 2 });
    const list = (await enterprise.get(`/api/hazards?q=${encodeURIComponent(tag)}&limit=50`)).json.items as any[];
    expect(list.map((h) => [h.status, h.source, h.deadline]).sort()).toEqual(Array(2).fill(['reported', 'enterprise_self_inspection', null]));
    for (const h of list) {
      expect(await count(`SELECT count(*)::text AS n FROM audit_events WHERE entity_type = 'hazard' AND entity_id = $1`, [h.id])).toBe(1);
    }
  });

  it("refuses another tenant's mines as not found, by name or by licence, for districts and enterprises alike", async () => {
    const byName = major(A, { description: '越权' });
    const byLicence = { ...byName, mineName: licensed.name, miningLicenceNo: licensed.licence, standardItemCode: 'OP-01', standardSituationCode: '' };
    const before = await hazardsOf([A.mine.id, licensed.id]);
    const asOther = await runImport(otherDistrict, 'hazards', await sheet([byName, byLicence]), 'commit');
    expect(asOther.json.result.committed).toBe(false);
    expect(asOther.json.result.errors).toEqual([
      { rowNumber: 2, field: '矿山名称', message: expect.stringMatching(/未找到该矿山/) },
      { rowNumber: 3, field: '采矿许可证号', message: expect.stringMatching(/未找到该矿山/) },
    ]);
    const otherEnterprise = await signIn(s.app, B.users.enterpriseAdmin.username);
    const asEnt = await runImport(otherEnterprise, 'hazards', await sheet([{ ...byName, deadline: '' }]), 'commit');
    expect(asEnt.json.result.errors[0]).toMatchObject({ field: '矿山名称', message: expect.stringMatching(/未找到该矿山/) });
    expect(await hazardsOf([A.mine.id, licensed.id])).toBe(before);
    // a licence that names a different mine than the name column is refused too
    const mismatch = await runImport(district, 'hazards', await sheet([{ ...byLicence, mineName: A.mine.name }]), 'dry-run');
    expect(mismatch.json.result.errors[0].message).toMatch(/不一致/);
  });
});
