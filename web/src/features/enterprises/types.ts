import type { z } from 'zod';
import type { enterpriseInput, enterpriseOut } from '@contracts/org';
import type { jobOut } from '@contracts/admin';

export type Enterprise = z.infer<typeof enterpriseOut>;
export type EnterpriseInput = z.input<typeof enterpriseInput>;
export type Job = z.infer<typeof jobOut>;

/** `result` of a registry import job (dry run or commit). */
export interface ImportResult {
  totalRows: number;
  validRows: number;
  errors: { rowNumber: number; field?: string; message: string; sheet?: string }[];
  created?: number | Record<string, number>;
  updated?: number | Record<string, number>;
}
