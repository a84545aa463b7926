import type { z } from 'zod';
import type { visitDetailOut, visitInput, visitOut } from '@contracts/inspection-visits';

export type Visit = z.infer<typeof visitOut>;
export type VisitDetail = z.infer<typeof visitDetailOut>;
export type VisitInput = z.input<typeof visitInput>;
