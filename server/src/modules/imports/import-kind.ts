import type { z } from 'zod';
import type { Permission } from '@contracts/access';
import { assertCan, type Actor } from '../../platform/access/actor';
import type { Platform, Audit } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import type { ExcelColumn } from '../../platform/excel/columns';
import type { ParseResult, RowError } from '../../platform/excel/validate';

/** One importable spreadsheet (enterprises, mines …): its layout and the three stages of an import. */
export interface ImportKind<T> {
  label: string;
  columns: ExcelColumn<never>[];
  instructions: string[];
  /** one row's cells → a typed value, or field errors */
  parse(values: Record<string, string | null>): ParseResult<T>;
  /** the permission the import needs, for template and upload alike (default enterprise.import) */
  permission?(actor: Actor): Permission;
  duplicateKey(value: T): string | null;
  duplicateLabel: string;
  /** checks against the database and the caller's scope, for all rows at once; returns row errors and how many rows would be created */
  check(p: Platform, actor: Actor, rows: { rowNumber: number; value: T }[]): Promise<{ errors: RowError[]; creates: number }>;
  /** writes all rows inside one transaction (called only when check found nothing) */
  apply(p: Platform, tx: Tx, audit: Audit, actor: Actor, rows: { rowNumber: number; value: T }[], progress: (n: number) => void): Promise<{ created: number; updated: number }>;
}

export function assertMayImport(kind: ImportKind<unknown>, actor: Actor) {
  assertCan(actor, kind.permission?.(actor) ?? 'enterprise.import');
}

/** zod issues → errors naming the spreadsheet column (Chinese header). */
export function zodRowErrors(error: z.ZodError, headers: Record<string, string>): { field: string; message: string }[] {
  return error.issues.map((i) => {
    const key = String(i.path[0] ?? '');
    return { field: headers[key] ?? key, message: i.message };
  });
}

export const emptyToUndefined = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? undefined : v.trim());

export function chunk<T>(items: T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
