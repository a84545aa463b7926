import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { multipart } from '../../../test/uploads';
import { insertPerson, newIdNumber } from '../people/people.fixtures';
import { gb18030, insertLeader, insertOnsiteMine } from './onsite.fixtures';

describe.each(databaseKinds())('positioning CSV import on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  let admin: Client;
  let mineId: string;
  let engineerId: string;
  const engineerIdNumber = newIdNumber();
  const upload = (c: Client, buf: Buffer, query: Record<string, string>, filename = '定位导出.csv') => {
    const { payload, contentType } = multipart(buf, filename);
    return c.request('POST', `/api/mines/${mineId}/onsite/positioning-imports?${new URLSearchParams(query)}`, payload, { 'content-type': contentType });
  };
  const byName = { personColumn: '姓名', matchBy: 'name', dateColumn: '下井时间', arrivalColumn: '下井时间', departureColumn: '升井时间', undergroundColumn: '是否井下' };

  beforeAll(async () => {
    s = await startTestServer(kind);
    t = await createTenant(s.p);
    admin = await signIn(s.app, t.users.enterpriseAdmin.username);
    const org = { enterpriseId: t.enterprise.id, regionCode: t.region.code };
    mineId = await insertOnsiteMine(s.p, org, { positioningInstalled: true });
    engineerId = await insertLeader(s.p, org, 'chief_engineer', mineId, { name: '王总工', idNumber: engineerIdNumber });
    await insertLeader(s.p, org, 'actual_controller', null, { name: '李实控' });
    await insertPerson(s.p, { name: '赵工人', ownerEnterpriseId: t.enterprise.id });
  });
  afterAll(async () => s?.close());

  const GB_CSV = [
    '姓名,下井时间,升井时间,是否井下',
    '王总工,2026/3/2 08:00,2026/3/2 16:30,是',
    '王总工,2026/3/2 17:00,2026/3/2 18:00,是',
    '李实控,2026-03-03 09:00,2026-03-03 11:00,否',
    '赵工人,2026-03-02 07:00,2026-03-02 15:00,是',
    '陌生人,2026-03-02 07:00,2026-03-02 15:00,是',
    '王总工,2026-02-30 07:00,2026-02-30 15:00,是',
    '王总工,2026-03-04 07:00,2026-03-04 15:00,也许',
  ].join('\r\n');

  it('masks ID numbers and mobile numbers in the preview and in its row errors', async () => {
    const csv = ['姓名,下井时间,升井时间,是否井下',
      '110105194912310021,2026-03-05 08:00,2026-03-05 16:00,是',
      '13912345678,2026-03-05 08:00,2026-03-05 16:00,是'].join('\r\n');
    const dry = await upload(admin, gb18030(csv), byName);
    expect(dry.status, dry.body).toBe(200);
    expect(dry.json.errors).toHaveLength(2);
    expect(dry.body).not.toContain('110105194912310021');
    expect(dry.body).not.toContain('13912345678');
  });

  it('previews a GB18030 export (encoding, headers, first rows), then the mapping with row errors, then commits', async () => {
    const bare = await upload(admin, gb18030(GB_CSV), {});
    expect(bare.status, bare.body).toBe(200);
    expect(bare.json).toMatchObject({ encoding: 'gb18030', headers: ['姓名', '下井时间', '升井时间', '是否井下'], rows: 7, committed: false });
    expect(bare.json.sample[0]).toEqual(['王总工', '2026/3/2 08:00', '2026/3/2 16:30', '是']);

    const dry = await upload(admin, gb18030(GB_CSV), byName);
    expect(dry.status, dry.body).toBe(200);
    expect(dry.json.errors.map((e: any) => e.row)).toEqual([6, 7, 8]);
    expect(dry.json.errors[0].message).toMatch(/陌生人/);
    expect(dry.json).toMatchObject({ ignored: 1, days: 2, committed: false, importId: null });

    const view0 = await admin.get(`/api/mines/${mineId}/onsite?month=2026-03`);
    expect(view0.json.leaders.flatMap((l: any) => l.days)).toEqual([]);

    const commit = await upload(admin, gb18030(GB_CSV), { ...byName, mode: 'commit' });
    expect(commit.status, commit.body).toBe(201);
    expect(commit.json).toMatchObject({ committed: true, days: 2 });
    expect(commit.json.importId).toMatch(/^[0-9a-f-]{36}$/);

    const view = (await admin.get(`/api/mines/${mineId}/onsite?month=2026-03`)).json;
    const engineer = view.leaders.find((l: any) => l.role === 'chief_engineer');
    expect(engineer.days).toEqual([expect.objectContaining({ day: '2026-03-02', arrival: '08:00', departure: '18:00', location: 'underground', source: 'positioning', counted: true })]);
    const controller = view.leaders.find((l: any) => l.role === 'actual_controller');
    expect(controller.days).toEqual([expect.objectContaining({ day: '2026-03-03', location: 'surface', source: 'positioning' })]);
  });

  it('matches by ID number in a UTF-8 file with a BOM; an unknown ID is a row error', async () => {
    const csv = `身份证号,日期,到岗,离岗\n${engineerIdNumber},2026-03-05,07:30,16:00\n110101199003070000,2026-03-05,07:30,16:00\n`;
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]);
    const mapping = { personColumn: '身份证号', matchBy: 'id_number', dateColumn: '日期', arrivalColumn: '到岗', departureColumn: '离岗' };
    const res = await upload(admin, buf, { ...mapping, mode: 'commit' });
    expect(res.status, res.body).toBe(201);
    expect(res.json).toMatchObject({ encoding: 'utf-8-bom', days: 1 });
    expect(res.json.errors).toHaveLength(1);
    expect(res.json.errors[0].row).toBe(3);
    expect(JSON.stringify(res.json)).not.toContain(engineerIdNumber);
    const days = (await admin.get(`/api/mines/${mineId}/onsite?month=2026-03`)).json.leaders.find((l: any) => l.personId === engineerId).days;
    expect(days.map((d: any) => d.day)).toEqual(['2026-03-02', '2026-03-05']);
  });

  it('refuses a wrong column name, a non-CSV file, and callers outside scope or without the permission', async () => {
    const missing = await upload(admin, Buffer.from('姓名,日期\n王总工,2026-03-06\n'), { personColumn: '姓名', dateColumn: '时间' });
    expect(missing.status).toBe(400);
    expect(missing.json.fields.dateColumn).toMatch(/没有列/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await upload(admin, png, {}, 'x.csv')).status).toBe(415);
    expect((await upload(admin, Buffer.from('a,b\n1,2\n'), {}, 'x.xlsx')).status).toBe(415);

    const csv = Buffer.from('姓名,日期\n王总工,2026-03-06\n');
    const other = await createTenant(s.p);
    expect((await upload(await signIn(s.app, other.users.districtSupervisor.username), csv, {})).status).toBe(404);
    expect((await upload(await signIn(s.app, other.users.enterpriseAdmin.username), csv, {})).status).toBe(404);
    expect((await upload(await signIn(s.app, t.users.enterpriseStaff.username), csv, {})).status).toBe(403);
    expect((await upload(await signIn(s.app, t.users.districtSupervisor.username), csv, {})).status).toBe(403);
  });
});
