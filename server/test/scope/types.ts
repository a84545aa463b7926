import type { Tenant, Client } from '../factories';
import type { TestServer } from '../harness';

/**
 * How a route is covered by the generated scope test (server/test/scope/scope.test.ts).
 * Every API route must have an entry: a new route without one fails the suite.
 */
export type ScopeEntry =
  /** no sign-in; reachable anonymously */
  | { kind: 'public' }
  /** acts on the caller only (me, logout, password, TOTP) */
  | { kind: 'self' }
  /** reference data without tenant rows (regions), readable by every signed-in user */
  | { kind: 'reference' }
  /** city-wide administration (users, tokens, audit): covered by permission tests in the module */
  | { kind: 'admin'; covered: string }
  /** tenant-scoped but exercised by a dedicated test (named here) rather than the generic checks */
  | { kind: 'covered'; by: string }
  | TenantEntry;

export type Role = 'district' | 'enterprise';

export interface TenantEntry {
  kind: 'tenant';
  /** which tenant users act: the district supervisor and/or the enterprise admin */
  roles: Role[];
  /** read (one row), list (rows), write (changes a row), or create (makes a row under the tenant) */
  op: 'read' | 'list' | 'write' | 'create';
  /** the request aimed at tenant `t`'s data; `prep` is what `prepare` returned for t */
  request: (t: Tenant, prep: any) => { method: string; url: string; body?: unknown };
  /** optional per-tenant preparation (e.g. create a person) run with the platform */
  prepare?: (s: TestServer, t: Tenant) => Promise<unknown>;
  /** list: the ids the response contains */
  ids?: (json: any) => string[];
  /** list: the id of tenant t's row that must appear to its owner and not to others */
  ownId?: (t: Tenant, prep: any) => string;
  /** write: a URL to re-read tenant t's row (as its owner) to check that a refused write changed nothing */
  reread?: (t: Tenant, prep: any) => string;
  /** success status for the positive control (default 200, create 201) */
  okStatus?: number;
}

export type Entries = Record<string, ScopeEntry>;
export type { Client };
