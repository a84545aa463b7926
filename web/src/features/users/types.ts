import type { z } from 'zod';
import type { userInput, userOut, userUpdateInput } from '@contracts/admin';

export type User = z.infer<typeof userOut>;
export type UserInput = z.input<typeof userInput>;
export type UserUpdateInput = z.input<typeof userUpdateInput>;
/** POST /api/users answer: without a chosen password the server generates one and returns it this once. */
export type CreatedUser = User & { temporaryPassword?: string };
