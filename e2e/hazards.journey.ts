import type { Page } from 'playwright-core';
import { apiAs } from './api';
import { DEMO_PASSWORD, expect, login } from './lib';
import type { Journey } from './journeys';

/** A 1×1 PNG: the server checks uploads by content, so the test sends a real image. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** A raw signed-in GET (apiAs parses JSON; a file download needs the headers and bytes). */
async function fetchAs(base: string, username: string, path: string): Promise<Response> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.ok, `API login ${username}: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(`${base}${path}`, { headers: { cookie } });
}

/** Today + n days as YYYY-MM-DD in Asia/Shanghai (the server's calendar). */
function shanghaiDate(days = 0): string {
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function as(page: Page, base: string, username: string, hazardUrl?: string) {
  await page.context().clearCookies();
  await login(page, base, username);
  if (hazardUrl) {
    await page.goto(hazardUrl);
    await page.getByTestId('hazard-timeline').waitFor({ timeout: 20_000 });
  }
}

/** Picks an option of an antd Select (by the form item's id), typing to search first. */
async function pick(page: Page, id: string, search: string, option: string | RegExp) {
  await page.locator(`#${id}`).click();
  if (search) await page.locator(`#${id}`).fill(search);
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Types a date into an antd DatePicker (by the form item's id). */
async function date(page: Page, id: string, value: string) {
  const input = page.locator(`.ant-modal #${id}, form #${id}`).first();
  await input.click();
  await input.fill(value);
  await input.press('Tab'); // Enter would submit the form; Tab commits the typed date and closes the panel
}

const modal = (page: Page) => page.locator('.ant-modal');

/** Opens an action's modal, lets `fill` complete it, confirms, and waits for the modal to go. */
async function act(page: Page, testId: string, fill: () => Promise<void>) {
  await page.getByTestId(testId).click();
  await modal(page).waitFor({ timeout: 10_000 });
  await fill();
  await modal(page).locator('.ant-modal-footer .ant-btn-primary').click();
  await modal(page).waitFor({ state: 'detached', timeout: 15_000 });
}

async function statusIs(page: Page, label: string) {
  await page.locator('h3 .ant-tag').filter({ hasText: label }).waitFor({ timeout: 15_000 });
}

async function planAndSign(page: Page, measures: string) {
  await act(page, 'action-submit_plan', async () => {
    const m = modal(page);
    await m.locator('#goal').fill('恢复主排水系统能力，满足正常和最大涌水量排水要求');
    await m.locator('#measures').fill(measures);
    await m.locator('#fundsMaterials').fill('资金12万元，水泵1台及配套管路');
    await m.locator('#responsiblePeople').fill('机电科，科长张某某');
    await m.locator('#interimMeasures').fill('加强水情观测，撤出-120m中段以下作业人员');
  });
  await act(page, 'action-self_accept', async () => {
    await modal(page).locator('#password').fill(DEMO_PASSWORD);
  });
  await statusIs(page, '待验收');
}

export const HAZARD_JOURNEYS: Journey[] = [
  {
    name: 'major hazard: qiye reports under UG-07 → chengkou confirms → city lists → plan, self-accept, fail, again, pass → city delists → 已销号',
    async run(page, base) {
      const qiyeApi = await apiAs(base, 'qiye');
      const mines = await qiyeApi.get('/api/mines?limit=200');
      const mine = mines.items.find((m: any) => m.kinds.includes('underground'));
      expect(mine, 'qiye has no underground mine');
      const description = `主排水泵房仅有2台水泵，备用泵能力不足（E2E ${Date.now() % 100000}）`;

      // 1. qiye reports a major hazard under UG-07 with a photo (uploaded as 整改前照片 after the hazard is created).
      await as(page, base, 'qiye');
      await page.goto(`${base}/hazards/new`);
      await pick(page, 'mineId', mine.name, mine.name);
      await page.getByTestId('standard-note').waitFor({ timeout: 10_000 });
      expect((await page.getByTestId('standard-note').innerText()).includes('摘要'), 'the standard note is missing');
      await pick(page, 'standardItemCode', 'UG-07', 'UG-07');
      await pick(page, 'standardSituationCode', '', 'UG-07.1');
      await page.locator('#description').fill(description);
      await page.locator('#placeText').fill('-120m中段主泵房');
      await page.locator('input[type=file]').first().setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG_1X1 });
      await page.getByText('photo.png').first().waitFor({ timeout: 5_000 });
      await page.getByRole('button', { name: /上\s*报/ }).click();
      await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/, { timeout: 20_000 });
      const hazardUrl = page.url();
      await statusIs(page, '已上报');
      await page.getByText('UG-07.1 水泵').first().waitFor({ timeout: 5_000 });
      expect(await page.getByTestId('report-upload-error').count() === 0, 'the photo upload failed');
      const attachments = page.getByTestId('attachments-table');
      await attachments.getByText('photo.png').waitFor({ timeout: 10_000 });
      expect((await attachments.innerText()).includes('整改前照片'), 'the photo is not listed as 整改前照片');

      // 2. chengkou confirms it (deadline in 30 days); it shows in the 待确认 queue first.
      await as(page, base, 'chengkou');
      await page.goto(`${base}/hazards?status=reported&grade=major`);
      await page.getByText(description).first().waitFor({ timeout: 15_000 });
      await page.goto(hazardUrl);
      await page.getByTestId('hazard-timeline').waitFor({ timeout: 15_000 });
      await act(page, 'action-confirm', () => date(page, 'deadline', shanghaiDate(30)));
      await statusIs(page, '整改中');

      // 3. city lists it (挂牌督办) and finds it under 挂牌督办.
      await as(page, base, 'city', hazardUrl);
      await act(page, 'action-list', async () => {
        await date(page, 'deadline', shanghaiDate(30));
        await modal(page).locator('#requirements').fill('30日内完成主排水系统整改，整改期间停止-120m中段以下作业');
      });
      await page.getByText(/矿督〔\d{4}〕\d+号/).first().waitFor({ timeout: 15_000 });
      await page.getByTestId('notice-pdf').first().waitFor({ timeout: 5_000 });
      await page.goto(`${base}/listings`);
      await page.getByText(description).first().waitFor({ timeout: 15_000 });
      const [notice] = await Promise.all([
        page.waitForEvent('download', { timeout: 20_000 }),
        page.locator('tr').filter({ hasText: description }).getByTestId('notice-pdf').click(),
      ]);
      expect(/^挂牌督办通知书-.+\.pdf$/.test(notice.suggestedFilename()), `notice file name ${notice.suggestedFilename()}`);
      {
        // the 挂牌督办通知书 as a PDF download (its Chinese text is checked by the server test with pdftotext)
        const cityReader = await apiAs(base, 'city');
        const listed = await cityReader.get(`/api/hazards/${hazardUrl.split('/').pop()}`);
        const listing = listed.listings[0];
        expect(listing, 'the hazard has no listing');
        const res = await fetchAs(base, 'city', `/api/hazard-listings/${listing.id}/notice.pdf`);
        expect(res.ok, `notice.pdf: HTTP ${res.status}`);
        const pdf = Buffer.from(await res.arrayBuffer());
        expect(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'notice.pdf does not start with %PDF-');
        expect(/^attachment/i.test(res.headers.get('content-disposition') ?? ''), `notice.pdf Content-Disposition: ${res.headers.get('content-disposition')}`);
      }

      // 4. qiye submits the plan (五定) and signs the self-acceptance with the password.
      await as(page, base, 'qiye', hazardUrl);
      await planAndSign(page, '新增一台同型号水泵并联调');

      // 5. chengkou fails the acceptance once, with a reason.
      await as(page, base, 'chengkou', hazardUrl);
      await act(page, 'action-accept_fail', async () => {
        await modal(page).locator('#reason').fill('备用泵未完成联调试运转');
      });
      await statusIs(page, '整改中');
      await page.getByTestId('return-reason').filter({ hasText: '备用泵未完成联调试运转' }).waitFor({ timeout: 5_000 });

      // 6. qiye fixes it and resubmits.
      await as(page, base, 'qiye', hazardUrl);
      await planAndSign(page, '新增一台同型号水泵，完成三台水泵联合试运转72小时');

      // 7. chengkou passes it: a listed hazard now waits for the listing agency.
      await as(page, base, 'chengkou', hazardUrl);
      await act(page, 'action-accept_pass', async () => {
        await modal(page).locator('#note').fill('现场验收，三台水泵运行正常');
      });
      await statusIs(page, '待摘牌');

      // 8. city delists after on-site verification → 已销号.
      await as(page, base, 'city', hazardUrl);
      await act(page, 'action-delist', async () => {
        await modal(page).locator('#verificationNote').fill('现场核查，三台水泵运行正常，同意摘牌');
      });
      await statusIs(page, '已销号');
      const timeline = await page.getByTestId('hazard-timeline').innerText();
      for (const step of ['登记隐患', '认定为重大隐患', '挂牌督办', '企业自验', '验收不通过', '验收通过', '摘牌销号']) {
        expect(timeline.includes(step), `timeline lacks ${step}`);
      }
      const cityApi = await apiAs(base, 'city');
      const h = await cityApi.get(`/api/hazards/${hazardUrl.split('/').pop()}`);
      expect(h.status === 'closed', `API status is ${h.status}`);
      expect(h.timeline.map((e: any) => e.action).join(',') === 'create,confirm,list,submit_plan,self_accept,accept_fail,submit_plan,self_accept,accept_pass,delist',
        `unexpected timeline ${h.timeline.map((e: any) => e.action).join(',')}`);

      // 9. 责任倒查: the printable sheet shows the whole history from the audit log (the journey's screenshot).
      await page.goto(`${hazardUrl}/responsibility`);
      const sheet = page.getByTestId('responsibility-timeline');
      await sheet.waitFor({ timeout: 10_000 });
      const history = await sheet.innerText();
      for (const step of ['登记隐患', '认定为重大隐患', '验收不通过', '验收通过']) {
        expect(history.includes(step), `responsibility sheet lacks ${step}`);
      }
      expect((await page.getByTestId('responsibility-sheet').innerText()).includes('隐患责任倒查表'), 'no sheet title');
    },
  },
];
