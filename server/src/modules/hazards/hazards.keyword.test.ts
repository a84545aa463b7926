import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { databaseKinds, openTestDatabase, serverOn, type TestServer } from '../../../test/harness';
import { createTenant, type Tenant } from '../../../test/factories';
import type { Platform } from '../../platform/context';
import { queryRows } from '../../platform/db/client';
import { likePattern } from '../../platform/db/paging';
import { listHazards, SORTS } from './hazards.repository';

// Descriptions chosen so that bigram containment alone would over-match (grams present but not adjacent),
// with mixed case, full-width punctuation and literal % and _.
const DESCRIPTIONS = [
  '井下巷道顶板浮石未及时清理，支护不到位', '主排水泵房仅2台水泵', '巷道 顶板离层', '顶板巷道冒落', '道巷',
  '尾矿库坝体浸润线超过控制浸润线', 'Pump Room B水泵', 'pump room b', 'PUMP-ROOM', '安全出口不足，仅1个',
  '通风系统未按设计形成，风量100%不足', '风量100不足', '编号_A-01 提升机', '编号XA-01 提升机', '提升机钢丝绳断丝超限（已停用）',
  '露天采场边坡角大于设计', '巷道局部积水', '边坡', '坡边', 'Ωμ希腊字母测试', '含\\反斜杠', '长文本'.repeat(200) + '顶板巷道',
];
const QUERIES = [
  '巷道', '顶板', '巷道顶板', '道巷', '水泵', '泵', '坡', '边坡角', 'pump', 'PUMP ROOM', 'pump room b', 'm-r', 'p',
  '，', '，仅', '（已停用）', '100%', '%', '_', '_A', '编号_', '\\', '\\反', 'Ωμ', 'ωΜ', '不存在的词', '顶板巷道', '  ', '00', '01', '积水', '100',
];

describe.each(databaseKinds())('hazard keyword search on %s', (kind) => {
  let s: TestServer;
  let p: Platform;
  let t: Tenant;
  beforeAll(async () => {
    s = await serverOn(await openTestDatabase(kind), kind);
    p = s.p;
    t = await createTenant(p);
    for (const d of DESCRIPTIONS) {
      await p.database.query(`INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, description, found_at, found_by, status)
        VALUES ($1, $2, $3, 'enterprise_self_inspection', 'general', $4, now(), '安全员', 'reported')`, [t.mine.id, t.enterprise.id, t.region.code, d]);
    }
  });
  afterAll(async () => {
    await s?.close();
    await p?.database.close();
  });

  const viaRepository = async (q: string) => {
    const r = await listHazards(p.database.db, { scope: { kind: 'district', regionCode: t.region.code }, q }, SORTS['-registeredAt']!, 100);
    return r.items.map((i) => i.h.description).sort();
  };
  const viaIlike = async (q: string) => (await p.database.query<{ description: string }>(
    `SELECT description FROM hazards WHERE region_code = $1 AND description ILIKE $2`, [t.region.code, likePattern(q)]))
    .map((r) => r.description).sort();

  it.each(QUERIES)('%j finds exactly the rows ILIKE finds', async (q) => {
    expect(await viaRepository(q)).toEqual(await viaIlike(q));
  });

  it('the queries above are not vacuous: most find something, some find nothing', async () => {
    const counts = await Promise.all(QUERIES.map(async (q) => (await viaIlike(q)).length));
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(QUERIES.length - 5);
    expect(counts).toContain(0);
  });

  it('text_bigrams gives lower-cased overlapping pairs, none for one character', async () => {
    const [r] = await p.database.query<{ a: string[]; b: string[]; c: string[] | null }>(
      `SELECT text_bigrams('巷道AB') AS a, text_bigrams('x') AS b, text_bigrams(NULL) AS c`);
    expect(r).toEqual({ a: ['巷道', '道a', 'ab'], b: [], c: null });
  });

  it('a 2+ character keyword can use the bigram index', async () => {
    const plan = await p.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return queryRows<Record<string, string>>(tx, sql`EXPLAIN SELECT id FROM hazards
        WHERE text_bigrams(description) @> text_bigrams(${'巷道'}::text) AND description ILIKE ${'%巷道%'}`);
    });
    expect(plan.map((r) => Object.values(r)[0]).join('\n')).toContain('hazards_description_bigrams_idx');
  });
});
