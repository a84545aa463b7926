import type { Page } from 'playwright-core';
import { apiAs } from './api';
import { expect, login } from './lib';
import type { Journey } from './journeys';

// 2026-02: 春节 15–23 Feb are off, Saturday 14 Feb is a make-up working day (调休上班) — 16 working days.
const MONTH = '2026-02';
const DAYS = ['2026-02-02', '2026-02-03', '2026-02-04', '2026-02-14', '2026-02-16']; // 4 working days + 1 holiday

/** qiye's mine with a chief engineer (its tailings pond has none), by the API. */
async function qiyeMine(base: string): Promise<{ mineId: string; mineName: string }> {
  const list = await (await apiAs(base, 'qiye')).get(`/api/onsite-compliance?month=${MONTH}&all=true`);
  const row = list.rows?.find((r: any) => !r.missingRoles.includes('chief_engineer'));
  expect(row, 'qiye has no mine with a chief engineer');
  return { mineId: row.mineId, mineName: row.mineName };
}

const summary = (page: Page) => page.getByTestId('summary-chief_engineer');

async function summaryIs(page: Page, text: string) {
  await page.getByTestId('summary-chief_engineer').filter({ hasText: text }).waitFor({ timeout: 15_000 });
  const got = await summary(page).innerText();
  expect(got.includes(text), `chief engineer summary: expected ${text}, got ${got}`);
}

export const ONSITE_JOURNEYS: Journey[] = [
  {
    name: 'qiye declares the chief engineer\'s days for 2026-02 (with the 调休 Saturday): count 4 of 15, short 11',
    async run(page, base) {
      const { mineId, mineName } = await qiyeMine(base);
      await login(page, base, 'qiye');
      await page.goto(`${base}/onsite?month=${MONTH}`);
      await page.getByRole('link', { name: mineName }).first().click();
      await page.waitForURL((u) => u.pathname === `/onsite/mines/${mineId}`, { timeout: 15_000 });
      await page.getByTestId('working-days').filter({ hasText: '本月法定工作日 16 天' }).waitFor({ timeout: 20_000 });
      await summaryIs(page, '在岗 0 个工作日 / 要求 15 个，差 15 天');

      const card = page.getByTestId('leader-chief_engineer');
      expect((await card.locator('[data-day="2026-02-14"]').innerText()).includes('班'), '14 Feb is not marked as a make-up working day');
      expect((await card.locator('[data-day="2026-02-16"]').innerText()).includes('休'), '16 Feb is not marked as a holiday');
      for (const d of DAYS) await card.locator(`[data-day="${d}"]`).click();
      await card.getByRole('button', { name: /填报所选 5 天/ }).click();
      const dialog = page.locator('.ant-modal').filter({ hasText: '填报' });
      await dialog.getByText('井下').click();
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

      // the holiday is recorded but not counted; the make-up Saturday counts
      await summaryIs(page, '在岗 4 个工作日 / 要求 15 个，差 11 天');
      expect((await card.locator('[data-day="2026-02-14"]').innerText()).includes('在岗·计入'), '14 Feb not counted');
      expect((await card.locator('[data-day="2026-02-16"]').innerText()).includes('在岗·不计入'), '16 Feb counted');
    },
  },
  {
    name: 'chengkou finds that mine on the 2026-02 non-compliance list (4 / 15) and records a spot check',
    async run(page, base) {
      const { mineId, mineName } = await qiyeMine(base);
      await login(page, base, 'chengkou');
      await page.goto(`${base}/onsite?month=${MONTH}`);
      const row = page.locator('.ant-table-row').filter({ hasText: mineName });
      await row.first().waitFor({ timeout: 20_000 });
      const text = await row.first().innerText();
      expect(text.includes('4 / 15') && text.includes('不达标'), `non-compliance row: ${text}`);
      await row.first().getByRole('link', { name: mineName }).click();
      await page.waitForURL((u) => u.pathname === `/onsite/mines/${mineId}`, { timeout: 15_000 });
      await summaryIs(page, '差 11 天');

      await page.locator('#checkerName').fill('城口县应急管理局 抽查组');
      await page.locator('label').filter({ hasText: /^记录不符$/ }).click();
      await page.locator('#note').fill('门禁记录显示2月16日未到矿');
      await page.getByRole('button', { name: /登记抽查/ }).click();
      const checks = page.getByTestId('spot-checks').locator('.ant-table-row');
      await checks.filter({ hasText: '城口县应急管理局 抽查组' }).first().waitFor({ timeout: 15_000 });
      expect((await checks.first().innerText()).includes('记录不符'), 'spot check result not shown');

      const api = await apiAs(base, 'chengkou');
      const list = await api.get(`/api/onsite-compliance?month=${MONTH}`);
      const r = list.rows.find((x: any) => x.mineId === mineId);
      expect(r && r.engineerDays === 4 && r.spotChecks === 1, `API row: ${JSON.stringify(r)}`);
    },
  },
];
