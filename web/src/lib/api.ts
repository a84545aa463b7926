import type { Me } from '@contracts/auth';
import { ApiError } from './api-error';
import { ME_KEY, queryClient } from './query-client';

export { ApiError } from './api-error';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  formData?: FormData;
  signal?: AbortSignal;
  /** Login and /api/me handle 401 themselves instead of sending the user to /login. */
  skipAuthRedirect?: boolean;
}

/** `/api/x` + `?a=1&b=2`, leaving out empty values. */
export function withQuery(url: string, query?: Query): string {
  if (!query) return url;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${url}${url.includes('?') ? '&' : '?'}${s}` : url;
}

function csrfToken(): string | undefined {
  return queryClient.getQueryData<Me | null>(ME_KEY)?.csrfToken || undefined;
}

export function buildHeaders(method: string, json: boolean): Headers {
  const headers = new Headers({ accept: 'application/json' });
  if (json) headers.set('content-type', 'application/json');
  const token = csrfToken();
  if (method !== 'GET' && method !== 'HEAD' && token) headers.set('x-csrf-token', token);
  return headers;
}

/** Turns a non-2xx response into an ApiError and reacts to session problems. */
export async function toApiError(res: Response, skipAuthRedirect = false): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = await res.json();
  } catch {
    body = { message: res.status >= 500 ? '服务器暂时无法处理请求，请稍后重试' : `请求失败（${res.status}）` };
  }
  const err = new ApiError(res.status, body as never);
  if (!skipAuthRedirect && err.code === 'UNAUTHENTICATED') {
    // The route guard sees "no user" and goes to /login?next=<this page>.
    queryClient.setQueryData(ME_KEY, null);
  } else if (err.code === 'MFA_REQUIRED' || err.code === 'CSRF') {
    // MFA set-up pending, or a stale CSRF token: reload the session from /api/me.
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
  }
  return err;
}

export async function request<T>(method: string, url: string, opts: RequestOptions = {}): Promise<T> {
  const json = opts.body !== undefined && !opts.formData;
  let res: Response;
  try {
    res = await fetch(withQuery(url, opts.query), {
      method,
      credentials: 'same-origin',
      headers: buildHeaders(method, json),
      body: opts.formData ?? (json ? JSON.stringify(opts.body) : undefined),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!res.ok) throw await toApiError(res, opts.skipAuthRedirect);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? res.json() : res.text()) as Promise<T>;
}

export const api = {
  get: <T>(url: string, query?: Query, opts?: Omit<RequestOptions, 'query'>) => request<T>('GET', url, { ...opts, query }),
  post: <T>(url: string, body: unknown = {}, opts?: RequestOptions) => request<T>('POST', url, { ...opts, body }),
  put: <T>(url: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', url, { ...opts, body }),
  upload: <T>(url: string, formData: FormData, query?: Query) => request<T>('POST', url, { formData, query }),
};
