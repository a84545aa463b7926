import type { PersonInput } from '@contracts/people';
import { validateIdDocument, validatePhone } from '@contracts/codes';
import type { Actor } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { fieldError, notFound } from '../../platform/errors';
import { sealIdNumber, sealPhone, type SealedField } from '../../platform/crypto/pii';
import type { Executor } from '../../platform/db/client';
import { findEnterprise } from '../enterprises/enterprises.repository';
import type { PersonRow } from './people.repository';

/**
 * The enterprise a person is registered for. Enterprise users register people of their own enterprise
 * (default: their own; another of their group when given; anything else 404). Agency users must name an
 * enterprise inside their scope. `regionCode` (owner_region_code) is the registering district for district
 * users — so the person stays visible to them before any position exists — and the owner's district otherwise.
 */
export async function resolveOwner(db: Executor, actor: Actor, wanted: string | null): Promise<{ id: string; regionCode: string | null }> {
  const id = wanted ?? (actor.scope.kind === 'enterprise' ? actor.orgId : null);
  if (!id) throw fieldError('ownerEnterpriseId', '请选择人员所属企业');
  const ent = await findEnterprise(db, actor.scope, id);
  if (!ent) throw notFound('企业');
  return { id, regionCode: actor.scope.kind === 'district' ? actor.scope.regionCode : ent.e.regionCode };
}

type Stored = Pick<PersonRow, 'idDocType' | 'idNumberEnc' | 'idNumberBidx' | 'idNumberMasked' | 'phoneEnc' | 'phoneBidx' | 'phoneMasked'>;

function sealId(p: Platform, docType: PersonInput['idDocType'], raw: string): SealedField {
  const v = validateIdDocument(docType, raw);
  if (!v.ok) throw fieldError('idNumber', v.message);
  return sealIdNumber(p, docType, v.value); // the normalised value is what is stored and indexed
}

/**
 * Validates and seals the personal data of a create or an edit. On an edit the form holds only the
 * masked values: the masked value sent back, or nothing, keeps what is stored (an ID number is the
 * identity key and a phone is replaced rather than erased); any other value replaces it.
 */
export function sealPii(p: Platform, input: PersonInput, current?: Stored): { id: SealedField; phone: SealedField } {
  const keepId = current && (input.idNumber == null || input.idNumber === current.idNumberMasked);
  let id: SealedField;
  if (keepId && (input.idDocType === current.idDocType || !current.idNumberEnc)) {
    id = { enc: current.idNumberEnc, bidx: current.idNumberBidx, masked: current.idNumberMasked };
  } else if (keepId) {
    id = sealId(p, input.idDocType, p.cipher.decrypt(current.idNumberEnc!)); // new document type: re-check, re-index
  } else {
    id = input.idNumber == null ? { enc: null, bidx: null, masked: null } : sealId(p, input.idDocType, input.idNumber);
  }
  const keepPhone = current && (input.phone == null || input.phone === current.phoneMasked);
  if (keepPhone) return { id, phone: { enc: current.phoneEnc, bidx: current.phoneBidx, masked: current.phoneMasked } };
  if (input.phone == null) return { id, phone: { enc: null, bidx: null, masked: null } };
  const ph = validatePhone(input.phone);
  if (!ph.ok) throw fieldError('phone', ph.message);
  return { id, phone: sealPhone(p, ph.value) };
}
