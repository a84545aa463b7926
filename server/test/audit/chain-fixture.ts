import type { Database } from '../../src/platform/db/client';
import { createCityUser, createTenant, signIn, type Client } from '../factories';
import type { DbKind, TestServer } from '../harness';
import { ScratchDatabases, serverOn } from './isolated';

export interface ChainFixture { s: TestServer; database: Database; auditor: Client; last: number; close(): Promise<void> }

/**
 * An isolated database with a short real chain made through the API: two sign-ins and three
 * edits of an enterprise (seq 1 … last), and an 审计管理员 client to verify it.
 */
export async function chainFixture(scratch: ScratchDatabases, kind: DbKind): Promise<ChainFixture> {
  const { database } = await scratch.create(kind);
  const s = await serverOn(database, kind);
  const t = await createTenant(s.p);
  const auditorUser = await createCityUser(s.p, ['audit_admin']);
  const district = await signIn(s.app, t.users.districtSupervisor.username);
  const auditor = await signIn(s.app, auditorUser.username);
  for (let i = 1; i <= 3; i++) {
    const res = await district.put(`/api/enterprises/${t.enterprise.id}`, {
      name: `${t.enterprise.name}（第${i}次修改）`, creditCode: t.enterprise.creditCode, regionCode: t.region.code, version: i,
    });
    if (res.status !== 200) throw new Error(`update failed: ${res.status} ${res.body}`);
  }
  const [head] = await database.query<{ seq: string }>('SELECT seq::text AS seq FROM audit_chain_head');
  return { s, database, auditor, last: Number(head!.seq), close: () => s.close() };
}

/** As the superuser, with the append-only triggers off: what an attacker with database access could do. */
export async function tamper(database: Database, statements: string[]): Promise<void> {
  await database.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
  try {
    for (const s of statements) await database.query(s);
  } finally {
    await database.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
  }
}
