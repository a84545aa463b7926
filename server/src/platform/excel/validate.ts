/**
 * Generic row validation for imports: the module supplies `parse` (usually a
 * zod schema plus lookups) and gets back valid values plus every error with
 * its Excel row number, including duplicates within the same file.
 */
import type { SheetRow } from './import';

export interface RowError {
  rowNumber: number;
  /** Chinese header of the offending column, when the error belongs to one. */
  field?: string;
  message: string;
}

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; errors: { field: string; message: string }[] };

export interface ValidateOptions<T> {
  /** Identity of a row (e.g. 统一社会信用代码); null means "don't check this row". */
  duplicateKey?: (value: T) => string | null;
  /** Shown after "与第N行重复：", e.g. "统一社会信用代码". */
  duplicateLabel?: string;
}

export interface ValidateResult<T> {
  valid: { rowNumber: number; value: T }[];
  errors: RowError[];
}

/** What an import endpoint returns to the UI. */
export interface ImportReport {
  totalRows: number;
  validRows: number;
  errors: RowError[];
  created?: number;
  updated?: number;
}

export function validateRows<T>(
  rows: SheetRow[],
  parse: (values: SheetRow['values'], rowNumber: number) => ParseResult<T>,
  opts: ValidateOptions<T> = {},
): ValidateResult<T> {
  const valid: ValidateResult<T>['valid'] = [];
  const errors: RowError[] = [];
  const firstSeen = new Map<string, number>();
  for (const { rowNumber, values } of rows) {
    const result = parse(values, rowNumber);
    if (!result.ok) {
      for (const e of result.errors) errors.push({ rowNumber, field: e.field, message: e.message });
      continue;
    }
    const key = opts.duplicateKey?.(result.value) ?? null;
    if (key !== null) {
      const first = firstSeen.get(key);
      if (first !== undefined) {
        // The first occurrence stays valid; later copies are reported against it.
        errors.push({ rowNumber, message: `与第${first}行重复：${opts.duplicateLabel ?? '重复数据'}` });
        continue;
      }
      firstSeen.set(key, rowNumber);
    }
    valid.push({ rowNumber, value: result.value });
  }
  return { valid, errors };
}
