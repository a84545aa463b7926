import type { z } from 'zod';
import type { personInput, personOut, positionInput, PositionOut, revealOut } from '@contracts/people';

export type Person = z.infer<typeof personOut>;
export type PersonInput = z.input<typeof personInput>;
export type Position = PositionOut;
export type PositionInput = z.input<typeof positionInput>;
export type Revealed = z.infer<typeof revealOut>;
