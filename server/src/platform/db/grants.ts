import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client';

/**
 * PostgreSQL privileges of the application's role (docs/operations.md). The schema is owned by
 * the admin who migrates; the app role owns nothing, so it cannot disable the audit triggers
 * (that needs ownership), and it may only read and append audit events.
 */
const RESTRICTED: Record<string, string> = {
  audit_events: 'SELECT, INSERT',
  audit_chain_head: 'SELECT, UPDATE',
  // timelines and flags are facts: appended, never rewritten
  hazard_events: 'SELECT, INSERT',
  hazard_flags: 'SELECT, INSERT',
};
const ORDINARY = 'SELECT, INSERT, UPDATE, DELETE';
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class GrantError extends Error {}

export interface GrantSummary { role: string; tables: number; restricted: string[]; readOnly: string[] }

/** Idempotent: re-run it after every migration so new tables are covered. Creates nothing. */
export async function grantAppRole(admin: Database, appRole: string): Promise<GrantSummary> {
  if (admin.kind !== 'postgres') throw new GrantError('嵌入式数据库（PGlite）没有角色和权限，无需授权');
  if (!ROLE_NAME.test(appRole)) throw new GrantError(`角色名 ${appRole} 无效：只能包含小写字母、数字和下划线`);
  const [role] = await admin.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [appRole]);
  if (!role) throw new GrantError(`角色 ${appRole} 不存在，请先由数据库管理员创建：CREATE ROLE ${appRole} LOGIN PASSWORD '…'`);
  if (role.rolsuper) throw new GrantError(`角色 ${appRole} 是超级用户，可绕过一切限制，不能作为应用角色`);
  const tables = await admin.query<{ name: string; owner: string; extension: boolean }>(`
    SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner,
           EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e') AS extension
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`);
  const owned = tables.filter((t) => t.owner === appRole).map((t) => t.name);
  if (owned.length) throw new GrantError(`应用角色 ${appRole} 拥有数据表（${owned.join('、')}），须由管理员角色执行迁移并拥有全部表`);
  const [drizzle] = await admin.query<{ present: boolean }>("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'drizzle') AS present");

  const r = `"${appRole}"`;
  const [db] = await admin.query<{ name: string }>('SELECT current_database() AS name');
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    // pg-boss (the scheduler) keeps its queue in its own schema `pgboss`, which it creates and migrates itself
    // (`CREATE SCHEMA IF NOT EXISTS` needs CREATE on the database even when the schema exists). The app role
    // owns only that schema; the public tables stay the admin's.
    `GRANT CREATE ON DATABASE "${db!.name.replaceAll('"', '""')}" TO ${r}`,
  ];
  // The migrations table: the health check and boot read how many migrations were applied.
  if (drizzle?.present) statements.push(`GRANT USAGE ON SCHEMA drizzle TO ${r}`, `GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${r}`);
  const readOnly: string[] = [];
  for (const t of tables) {
    const privileges = t.extension ? 'SELECT' : (RESTRICTED[t.name] ?? ORDINARY);
    if (t.extension) readOnly.push(t.name); // e.g. PostGIS's spatial_ref_sys
    // REVOKE first, so a re-run also removes anything granted by hand (TRUNCATE, TRIGGER, …).
    statements.push(`REVOKE ALL ON TABLE public."${t.name}" FROM ${r}`, `GRANT ${privileges} ON TABLE public."${t.name}" TO ${r}`);
    if (RESTRICTED[t.name]) statements.push(`REVOKE ALL ON TABLE public."${t.name}" FROM PUBLIC`);
  }
  statements.push(
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // Tables a later migration adds (as this admin) are usable before db:grant is re-run.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${ORDINARY} ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
  );
  await admin.db.transaction(async (tx) => {
    for (const s of statements) await queryRows(tx, sql.raw(s));
  });
  return { role: appRole, tables: tables.length, restricted: Object.keys(RESTRICTED).filter((n) => tables.some((t) => t.name === n)), readOnly };
}
