/** The API's one error shape `{ code, message, fields?, requestId, current? }` as a throwable. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** field path (dot-joined, e.g. `boundary.rings`) → Chinese message */
  readonly fields?: Record<string, string>;
  readonly requestId?: string;
  /** STALE: the record as another user saved it */
  readonly current?: unknown;

  constructor(status: number, body: { code?: string; message?: string; fields?: Record<string, string>; requestId?: string; current?: unknown }) {
    super(body.message || `请求失败（${status}）`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'NETWORK' : `HTTP_${status}`);
    this.fields = body.fields;
    this.requestId = body.requestId;
    this.current = body.current;
  }
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

/** 404, or a malformed id the server rejects before looking: both mean "no such record for you". */
export function isNotFound(e: unknown): boolean {
  return e instanceof ApiError && (e.status === 404 || (e.code === 'VALIDATION' && !!e.fields?.id));
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请重试';
}
