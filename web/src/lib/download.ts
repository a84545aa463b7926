import { buildHeaders, toApiError } from './api';
import { ApiError, errorMessage } from './api-error';
import { toast } from './feedback';

/** File name from Content-Disposition: RFC 5987 `filename*=UTF-8''…` first, then `filename="…"`. */
export function filenameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      /* malformed encoding: fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain ? (plain[2] ?? plain[1]).trim() : undefined;
}

function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** GETs a file with the session cookie and saves it under the server's file name. */
export async function download(url: string, fallbackName = '下载文件'): Promise<boolean> {
  const key = `download-${url}`;
  toast().open({ key, type: 'loading', content: '正在生成文件，请稍候…', duration: 0 });
  try {
    let res: Response;
    try {
      res = await fetch(url, { credentials: 'same-origin', headers: buildHeaders('GET', false) });
    } catch {
      throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
    }
    if (!res.ok) throw await toApiError(res);
    const blob = await res.blob();
    saveBlob(blob, filenameFromDisposition(res.headers.get('content-disposition')) ?? fallbackName);
    toast().open({ key, type: 'success', content: '文件已下载', duration: 2 });
    return true;
  } catch (e) {
    toast().open({ key, type: 'error', content: errorMessage(e), duration: 4 });
    return false;
  }
}
