import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, signIn } from '../../../test/factories';
import { hazardWorld, majorReport, shanghaiDate, type HazardWorld } from '../hazards/hazards.fixtures';

/** Text of a PDF as poppler's pdftotext reads it (installed by scripts/setup-system.sh). */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'n.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('listing notice PDF', () => {
  let s: TestServer;
  let w: HazardWorld;
  beforeAll(async () => {
    s = await startTestServer('pglite');
    w = await hazardWorld(s.app, s.p);
  });
  afterAll(async () => s?.close());

  it('lays out the notice in Chinese and serves it within the hazard\'s scope only', async () => {
    const city = await signIn(s.app, (await createCityUser(s.p, ['city_supervisor'])).username);
    const id = (await w.clients.staff.post('/api/hazards', majorReport(w.A))).json.id;
    const confirmed = (await w.clients.district.post(`/api/hazards/${id}/actions/confirm`, { version: 1, deadline: shanghaiDate(30) })).json;
    const listed = await city.post(`/api/hazards/${id}/listing`, { version: confirmed.version, deadline: shanghaiDate(30),
      requirements: '三十日内完成整改，整改期间停止相关区域作业', responsibleUnit: w.A.enterprise.name });
    expect(listed.status, listed.body).toBe(201);
    const listing = listed.json.listings[0];

    const pdf = await w.clients.entAdmin.get(`/api/hazard-listings/${listing.id}/notice.pdf`);
    expect(pdf.status, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment;/);
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.raw).replace(/\s+/g, '');
    for (const expected of ['重大事故隐患挂牌督办通知书', listing.docNo, '督办单位', '责任单位', w.A.enterprise.name, '整改期限', '三十日内完成整改', 'UG-07']) {
      expect(text, expected).toContain(expected.replace(/\s+/g, ''));
    }
    for (const foreign of [w.clients.otherEnt, w.clients.otherDistrict]) {
      expect((await foreign.get(`/api/hazard-listings/${listing.id}/notice.pdf`)).status).toBe(404);
    }
  });
});
