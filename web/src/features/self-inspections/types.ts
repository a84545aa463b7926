import type { z } from 'zod';
import type { MatrixOut, SelfInspectionOut, selfInspectionInput, selfInspectionUpdate, StatsOut } from '@contracts/self-inspections';

export type SelfInspection = SelfInspectionOut;
export type SelfInspectionInput = z.input<typeof selfInspectionInput>;
export type SelfInspectionUpdate = z.input<typeof selfInspectionUpdate>;
export type Matrix = MatrixOut;
export type MatrixRow = Matrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type Stats = StatsOut;
export type StatsRow = Stats['rows'][number];
/** Months as the API wants them: "YYYY-MM". */
export interface MonthRange { from: string; to: string }
