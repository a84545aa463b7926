import type { z } from 'zod';
import type { tokenCreatedOut, tokenInput, tokenOut } from '@contracts/admin';

export type ApiToken = z.infer<typeof tokenOut>;
export type TokenInput = z.input<typeof tokenInput>;
export type TokenCreated = z.infer<typeof tokenCreatedOut>;
