import type { Platform } from '../context';
import { blindIndex } from './blind-index';
import { maskIdNumber, maskPhone } from './mask';
import { validatePhone } from '@contracts/codes';

/** One normal form for storing and searching, so "+86 138…" and "138…" share a blind index. */
const normalPhone = (phone: string) => {
  const v = validatePhone(phone);
  return v.ok ? v.value : phone.replace(/[\s-]/g, '');
};

/** The three stored forms (callers pass ID numbers already validated and normalised) of a personal-data field: ciphertext, blind index, masked text. */
export interface SealedField { enc: string | null; bidx: string | null; masked: string | null }

const EMPTY: SealedField = { enc: null, bidx: null, masked: null };

export function sealPhone(p: Platform, phone: string | null | undefined): SealedField {
  if (!phone) return EMPTY;
  return { enc: p.cipher.encrypt(phone), bidx: blindIndex(p.blindIndexKey, 'phone', normalPhone(phone)), masked: maskPhone(phone) };
}

export function sealIdNumber(p: Platform, docType: string, idNumber: string | null | undefined): SealedField {
  if (!idNumber) return EMPTY;
  return { enc: p.cipher.encrypt(idNumber), bidx: blindIndex(p.blindIndexKey, `id:${docType}`, idNumber), masked: maskIdNumber(idNumber) };
}

export const phoneIndex = (p: Platform, phone: string) => blindIndex(p.blindIndexKey, 'phone', normalPhone(phone));
export const idIndex = (p: Platform, docType: string, idNumber: string) => blindIndex(p.blindIndexKey, `id:${docType}`, idNumber);
