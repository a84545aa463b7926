import type { Page } from 'playwright-core';
import { apiAs } from './api';
import { expect, login } from './lib';
import type { Journey } from './journeys';

/** The current month and today as the server counts them (Asia/Shanghai). */
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** qiye's first mine in the matrix (the same mine the district then looks at). */
async function qiyeMine(base: string): Promise<{ mineId: string; enterpriseId: string; month: string }> {
  const month = shanghaiToday().slice(0, 7);
  const qiye = await apiAs(base, 'qiye');
  const m = await qiye.get(`/api/self-inspections/matrix?from=${month}&to=${month}`);
  const row = m.rows?.[0];
  expect(row, 'qiye has no mine in the self-inspection matrix');
  return { mineId: row.mineId, enterpriseId: row.enterpriseId, month };
}

const cell = (page: Page, mineId: string, month: string) => page.getByTestId(`cell-${mineId}-${month}`);

async function cellIs(page: Page, mineId: string, month: string, status: string, label: string) {
  const c = cell(page, mineId, month);
  await c.waitFor({ timeout: 20_000 });
  await page.locator(`[data-testid="cell-${mineId}-${month}"][data-status="${status}"]`).waitFor({ timeout: 15_000 });
  const text = await c.innerText();
  expect(text.includes(label), `cell ${mineId} ${month}: expected ${label}, got ${text}`);
}

/** Picks the organiser by name in the person select and checks the form item now shows it. */
async function pickOrganiser(page: Page, name: string) {
  const item = page.locator('.ant-form-item').filter({ has: page.locator('#organiserPersonId') });
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.locator('#organiserPersonId').click();
    await page.locator('#organiserPersonId').fill(name);
    await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    await page.waitForTimeout(300);
    if ((await item.innerText()).includes(name)) return;
  }
  throw new Error(`organiser ${name} could not be picked`);
}

export const SELF_INSPECTION_JOURNEYS: Journey[] = [
  {
    name: 'qiye submits this month\'s self-inspection from the matrix: 待报 turns to 已按时报送',
    async run(page, base) {
      const { mineId, month } = await qiyeMine(base);
      const me = await (await apiAs(base, 'qiye')).get('/api/me');
      await login(page, base, 'qiye');
      await page.goto(`${base}/self-inspections`);
      await page.getByTestId('self-inspection-stats').waitFor({ timeout: 20_000 });
      await cellIs(page, mineId, month, 'pending', '待报');
      await cell(page, mineId, month).click();
      await page.waitForURL((u) => u.pathname === '/self-inspections/new' && u.searchParams.get('mineId') === mineId, { timeout: 15_000 });

      await pickOrganiser(page, me.displayName);
      const date = page.locator('#inspectionDate');
      await date.click();
      await date.fill(shanghaiToday());
      await date.press('Tab');
      await page.locator('#participants').fill(`${me.displayName}（主要负责人）、矿长、安全副矿长、各科室负责人`);
      await page.locator('#scope').fill('对照《金属非金属矿山重大事故隐患判定标准》逐项自查：提升、排水、通风、供配电、采空区、尾矿库');
      await page.locator('label').filter({ hasText: /^发现重大隐患$/ }).click();
      await page.getByRole('button', { name: /提\s*交/ }).click();
      await page.waitForURL(/\/self-inspections\/[0-9a-f-]{36}$/, { timeout: 15_000 });
      await page.getByText('发现重大隐患').first().waitFor({ timeout: 10_000 });

      await page.goto(`${base}/self-inspections`);
      await cellIs(page, mineId, month, 'submitted', '已按时报送');
    },
  },
  {
    name: 'chengkou sees that mine\'s month as 已按时报送 in the district matrix',
    async run(page, base) {
      const { mineId, enterpriseId, month } = await qiyeMine(base);
      await login(page, base, 'chengkou');
      await page.goto(`${base}/self-inspections?enterpriseId=${enterpriseId}`);
      await cellIs(page, mineId, month, 'submitted', '已按时报送');
    },
  },
];
