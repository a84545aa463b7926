// Mining and safety licences. Dates are fixed by the seed, not by "today", so the dataset never
// changes with the calendar; the rows in demo-tables.ts pin the expired and malformed examples.
import { addDays, addYears, int, pick, randomDate, unique, type Rng } from './demo-rng';
import type { Licence } from './demo-types';

// 采矿许可证 terms depend on scale (small ≤10 years, medium ≤20, large ≤30).
const TERMS = { small: [5, 8, 10], medium: [10, 15], large: [20, 30] } as const;
const SAFETY_TERM_YEARS = 3;

/**
 * 23-character number: 'C' + region (6) + year (4) + month (2) + '1130' + serial (6), the layout of
 * recent licence numbers. `malformed` drops the last digit to exercise the format warning.
 */
export function miningLicence(
  rng: Rng,
  regionCode: string,
  scale: keyof typeof TERMS,
  serials: Set<string>,
  fixedTo?: string,
  malformed = false,
): Licence {
  const term = pick(rng, TERMS[scale]);
  let validFrom = randomDate(rng, 2015, 2024);
  let validTo = addDays(addYears(validFrom, term), -1);
  if (fixedTo) {
    validTo = fixedTo; // an expired licence the demo needs
    validFrom = addDays(addYears(fixedTo, -term), 1);
  } else if (validTo < '2027-01-01') {
    // a renewed licence: keep the others valid past the demo date; only the pinned rows expire
    const shift = 2027 - Number(validTo.slice(0, 4)) + int(rng, 0, 1);
    validFrom = addYears(validFrom, shift);
    validTo = addDays(addYears(validFrom, term), -1);
  }
  const serial = unique(serials, () => String(int(rng, 1, 999_999)).padStart(6, '0'));
  const no = `C${regionCode}${validFrom.slice(0, 4)}${validFrom.slice(5, 7)}1130${serial}`;
  return { no: malformed ? no.slice(0, -1) : no, validFrom, validTo };
}

/** 安全生产许可证, valid three years: '(渝)FM安许证字〔year〕serial'. */
export function safetyLicence(rng: Rng, serials: Set<string>, fixedTo?: string): Licence {
  const validFrom = fixedTo ? addDays(addYears(fixedTo, -SAFETY_TERM_YEARS), 1) : randomDate(rng, 2024, 2025);
  const validTo = fixedTo ?? addDays(addYears(validFrom, SAFETY_TERM_YEARS), -1);
  const year = validFrom.slice(0, 4);
  const serial = unique(serials, () => `${year}〕${String(int(rng, 1, 300)).padStart(4, '0')}`);
  return { no: `(渝)FM安许证字〔${serial}`, validFrom, validTo };
}
