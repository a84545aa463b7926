import { describe, expect, it } from 'vitest';
import type { SheetRow } from './import';
import { validateRows, type ImportReport, type ParseResult } from './validate';

interface Ent {
  name: string;
  code: string;
}

function parse(values: SheetRow['values']): ParseResult<Ent> {
  const errors: { field: string; message: string }[] = [];
  if (!values.name) errors.push({ field: '企业名称', message: '必填' });
  if (!values.code) errors.push({ field: '统一社会信用代码', message: '必填' });
  else if (values.code.length !== 3) errors.push({ field: '统一社会信用代码', message: '应为3位' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { name: values.name!, code: values.code! } };
}

const row = (rowNumber: number, name: string | null, code: string | null): SheetRow => ({
  rowNumber,
  values: { name, code },
});

describe('validateRows', () => {
  const rows = [
    row(2, '甲', 'AAA'),
    row(3, null, 'TOOLONG'), // two errors on one row
    row(4, '乙', 'AAA'), // duplicate of row 2
    row(5, '丙', 'BBB'),
    row(6, '丁', 'AAA'), // duplicate of row 2 again
    row(7, null, 'BBB'), // invalid rows never count as duplicates or originals
  ];
  const result = validateRows(rows, parse, { duplicateKey: (v) => v.code, duplicateLabel: '统一社会信用代码' });

  it('returns the valid rows with their row numbers', () => {
    expect(result.valid).toEqual([
      { rowNumber: 2, value: { name: '甲', code: 'AAA' } },
      { rowNumber: 5, value: { name: '丙', code: 'BBB' } },
    ]);
  });

  it('reports every error of a row and duplicates on their 2nd and later occurrences', () => {
    expect(result.errors).toEqual([
      { rowNumber: 3, field: '企业名称', message: '必填' },
      { rowNumber: 3, field: '统一社会信用代码', message: '应为3位' },
      { rowNumber: 4, message: '与第2行重复：统一社会信用代码' },
      { rowNumber: 6, message: '与第2行重复：统一社会信用代码' },
      { rowNumber: 7, field: '企业名称', message: '必填' },
    ]);
    const report: ImportReport = { totalRows: rows.length, validRows: result.valid.length, errors: result.errors };
    expect(report.validRows).toBe(2);
  });

  it('skips the duplicate check for rows whose key is null, and works without options', () => {
    const keyed = validateRows([row(2, '甲', 'AAA'), row(3, '甲', 'AAA')], parse, { duplicateKey: () => null });
    expect(keyed.errors).toEqual([]);
    expect(validateRows([row(2, '甲', 'AAA'), row(3, '甲', 'AAA')], parse).valid).toHaveLength(2);
  });
});
