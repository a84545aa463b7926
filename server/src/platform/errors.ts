import { DEFAULT_MESSAGES, ERROR_STATUS, type ErrorCode } from '@contracts/errors';

/** The one error type services throw. The HTTP layer maps code → status and message. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: Record<string, string>,
    readonly current?: unknown,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `未找到该${what}`);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const stateConflict = (message: string) => new AppError('STATE', message);
export const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message });
