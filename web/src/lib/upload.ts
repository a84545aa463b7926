import { buildHeaders, toApiError, withQuery, type Query } from './api';
import { ApiError } from './api-error';

/**
 * POSTs one file as multipart (`file` field) with XMLHttpRequest, so the upload progress can be shown
 * (fetch has no upload progress). Same CSRF header, same-origin cookies and error handling as the api client.
 */
export function uploadFile<T>(url: string, file: File, opts: { query?: Query; onProgress?: (percent: number) => void } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(url, opts.query)); // same-origin: the session cookie goes with it
    buildHeaders('POST', false).forEach((value, key) => xhr.setRequestHeader(key, value));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && opts.onProgress) opts.onProgress(Math.min(99, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' }));
    xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'));
    xhr.onload = () => {
      const res = new Response(xhr.responseText || null, {
        status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        opts.onProgress?.(100);
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          resolve(xhr.responseText as T);
        }
        return;
      }
      void toApiError(res).then(reject, reject);
    };
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

/** "1.2 MB" style sizes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
