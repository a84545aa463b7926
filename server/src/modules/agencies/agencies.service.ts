import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import * as repo from './agencies.repository';
import { presentAgency, type AgencyOut } from './agencies.presenter';

export async function listAgencies(p: Platform, actor: Actor): Promise<AgencyOut[]> {
  assertCan(actor, 'agency.read');
  return (await repo.listAgencies(p.database.db, actor.scope)).map(presentAgency);
}

/** For other modules (users): the agency row by id, unscoped — the caller applies its own scope rule. */
export async function findAgency(db: Executor, id: string) {
  return repo.findAgencyById(db, id);
}
