import type { Page } from 'playwright-core';
import { creditCodeCheckChar } from '../contracts/codes';
import { expect, login } from './lib';
import { apiAs } from './api';

export interface Journey { name: string; run(page: Page, base: string): Promise<void> }

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

export const JOURNEYS: Journey[] = [
  {
    name: 'chengkou sees only 城口县 mines',
    async run(page, base) {
      await login(page, base, 'chengkou');
      await page.goto(`${base}/mines`);
      await rows(page).first().waitFor({ timeout: 20_000 });
      const texts = await rows(page).allInnerTexts();
      expect(texts.length >= 3, `expected several mines, got ${texts.length}`);
      const foreign = texts.filter((t) => !t.includes('城口县'));
      expect(foreign.length === 0, `rows outside 城口县: ${foreign.join(' | ')}`);
      const api = await apiAs(base, 'chengkou');
      const all = await api.get('/api/mines?limit=200');
      expect(all.items.every((m: any) => m.regionCode === '500229'), 'API returned a mine outside 城口县');
      await page.getByText(`共 ${all.total} 条`).first().waitFor({ timeout: 5_000 });
    },
  },
  {
    name: 'city creates an enterprise: wrong credit code shows the field error, the corrected one saves',
    async run(page, base) {
      await login(page, base, 'city');
      await page.goto(`${base}/enterprises/new`);
      const name = `渝东测试矿业有限公司${Date.now() % 100000}`;
      await page.getByLabel('企业名称').fill(name);
      await page.getByLabel('统一社会信用代码').fill('9144030071526726XA');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      const error = page.locator('.ant-form-item-explain-error').filter({ hasText: '统一社会信用代码' });
      await error.first().waitFor({ timeout: 10_000 });
      expect((await page.getByLabel('企业名称').inputValue()) === name, 'the typed name was lost');
      const body = `91500229${String(Date.now()).slice(-9)}`;
      await page.getByLabel('统一社会信用代码').fill(body + creditCodeCheckChar(body));
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/, { timeout: 15_000 });
      await page.getByText(name).first().waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'qiye opening another enterprise\'s mine by URL gets the not-found page',
    async run(page, base) {
      const city = await apiAs(base, 'city');
      const qiye = await apiAs(base, 'qiye');
      const own = await qiye.get('/api/mines?limit=200');
      const ownIds = new Set(own.items.map((m: any) => m.id));
      const all = await city.get('/api/mines?limit=200');
      const foreign = all.items.find((m: any) => !ownIds.has(m.id));
      expect(foreign, 'no foreign mine found');
      await login(page, base, 'qiye');
      await page.goto(`${base}/mines/${own.items[0].id}`);
      await page.getByText(own.items[0].name).first().waitFor({ timeout: 15_000 });
      await page.goto(`${base}/mines/${foreign.id}`);
      await page.getByText('未找到该页面或记录').waitFor({ timeout: 15_000 });
      expect(!(await page.content()).includes(foreign.name), 'the foreign mine\'s name leaked onto the page');
    },
  },
];
