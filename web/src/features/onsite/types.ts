import type { z } from 'zod';
import type { ComplianceOut, MineMonthOut, PositioningPreviewOut, declareDaysInput, spotCheckInput } from '@contracts/onsite';

export type MineMonth = MineMonthOut;
export type Leader = MineMonth['leaders'][number];
export type OnsiteDay = Leader['days'][number];
export type Compliance = ComplianceOut;
export type ComplianceRow = Compliance['rows'][number];
export type DeclareDaysInput = z.input<typeof declareDaysInput>;
export type SpotCheckInput = z.input<typeof spotCheckInput>;
export type PositioningPreview = PositioningPreviewOut;
