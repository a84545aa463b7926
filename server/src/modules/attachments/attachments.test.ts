import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { multipart } from '../../../test/uploads';
import type { Client } from '../../../test/factories';
import { hazardWorld, majorReport, type HazardWorld } from '../hazards/hazards.fixtures';

const ftypHeic = () => {
  const box = Buffer.alloc(24);
  box.writeUInt32BE(24, 0);
  box.write('ftypheic', 4, 'latin1');
  box.write('mif1heic', 16, 'latin1');
  return Buffer.concat([box, Buffer.alloc(4000, 3)]);
};
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1000, 9), Buffer.from([0xff, 0xd9])]);

const upload = (c: Client, hazardId: string, data: Buffer, filename: string, purpose = 'photo_before') => {
  const { payload, contentType } = multipart(data, filename);
  return c.request('POST', `/api/hazards/${hazardId}/attachments?purpose=${purpose}`, payload, { 'content-type': contentType });
};

describe.each(databaseKinds())('hazard attachments on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  let hazardId: string;
  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
    const r = await w.clients.entAdmin.post('/api/hazards', majorReport(w.A));
    expect(r.status, r.body).toBe(201);
    hazardId = r.json.id;
  });
  afterAll(async () => s?.close());

  it('takes a phone photo (HEIC), lists it and serves it back to the scope only, as an attachment', async () => {
    const up = await upload(w.clients.entAdmin, hazardId, ftypHeic(), '../../现场/IMG_0001.HEIC');
    expect(up.status, up.body).toBe(201);
    expect(up.json).toMatchObject({ filename: 'IMG_0001.heic', mime: 'image/heic', purpose: 'photo_before' });
    const list = await w.clients.district.get(`/api/hazards/${hazardId}/attachments`);
    expect(list.json.map((a: any) => a.id)).toContain(up.json.id);
    const dl = await w.clients.district.get(up.json.url);
    expect(dl.status).toBe(200);
    expect(dl.raw.equals(ftypHeic())).toBe(true);
    expect(dl.headers['content-disposition']).toMatch(/^attachment;/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(String(dl.headers['content-security-policy'])).toContain('sandbox');
    for (const foreign of [w.clients.otherEnt, w.clients.otherDistrict]) {
      expect((await foreign.get(up.json.url)).status).toBe(404);
      expect((await foreign.get(`/api/hazards/${hazardId}/attachments`)).status).toBe(404);
      expect((await upload(foreign, hazardId, JPEG, 'x.jpg')).status).toBe(404);
    }
  });

  it('refuses mismatched, polyglot and unsupported files with a field error, keeping nothing', async () => {
    const before = (await w.clients.entAdmin.get(`/api/hazards/${hazardId}/attachments`)).json.length;
    const mismatch = await upload(w.clients.entAdmin, hazardId, JPEG, 'scan.pdf');
    expect(mismatch.status).toBe(415);
    expect(mismatch.json.fields.file).toMatch(/扩展名/);
    const poly = await upload(w.clients.entAdmin, hazardId, Buffer.concat([JPEG, Buffer.from('%PDF-1.4 trailer')]), 'a.jpg');
    expect(poly.status).toBe(415);
    const html = await upload(w.clients.entAdmin, hazardId, Buffer.from('<html><script>alert(1)</script></html>'), 'a.jpg');
    expect(html.status).toBe(415);
    expect((await w.clients.entAdmin.get(`/api/hazards/${hazardId}/attachments`)).json.length).toBe(before);
  });
});
