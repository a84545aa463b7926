import type { Client } from './factories';

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipart(buf: Buffer, filename = 'import.xlsx', field = 'file') {
  const boundary = '----mineTestBoundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n`
    + 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n');
  return { payload: Buffer.concat([head, buf, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a spreadsheet to an import route and waits for its background job; non-202 answers come back as they are. */
export async function runImport(c: Client, kind: string, buf: Buffer, mode: 'dry-run' | 'commit', filename?: string) {
  const { payload, contentType } = multipart(buf, filename);
  const res = await c.request('POST', `/api/import/${kind}?mode=${mode}`, payload, { 'content-type': contentType });
  if (res.status !== 202) return res;
  for (let i = 0; i < 400; i++) {
    const job = await c.get(`/api/jobs/${res.json.id}`);
    if (job.json.status === 'succeeded' || job.json.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import job did not finish');
}
