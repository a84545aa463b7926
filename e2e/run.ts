import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, RESULTS, launch, startServer, type RunningServer } from './lib';
import { JOURNEYS as REGISTRY_JOURNEYS } from './journeys';
import { HAZARD_JOURNEYS } from './hazards.journey';
import { SELF_INSPECTION_JOURNEYS } from './self-inspections.journey';
import { ONSITE_JOURNEYS } from './onsite.journey';

// In order: the self-inspection journeys build on each other (qiye submits, chengkou sees it).
const JOURNEYS = [...REGISTRY_JOURNEYS, ...HAZARD_JOURNEYS, ...SELF_INSPECTION_JOURNEYS, ...ONSITE_JOURNEYS];

/**
 * Browser journeys in Debian's Chromium against the real server on a freshly seeded embedded database.
 * Writes test-results/e2e.json ({passed, failed}) and a screenshot per journey.
 */
async function main() {
  fs.mkdirSync(RESULTS, { recursive: true });
  const summary = { passed: 0, failed: 0, skipped: 0, journeys: [] as { name: string; ok: boolean; ms: number; error?: string }[] };
  const write = () => fs.writeFileSync(path.join(RESULTS, 'e2e.json'), JSON.stringify(summary, null, 2));
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') { summary.failed = 1; write(); console.log('e2e: chromium missing (required in CI)'); process.exit(1); }
    summary.skipped = JOURNEYS.length; write();
    console.log(`e2e: SKIPPED ${JOURNEYS.length} journeys — ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
    return;
  }
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer();
    browser = await launch();
    for (const j of JOURNEYS) {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const t0 = Date.now();
      const file = path.join(RESULTS, `e2e-${j.name.replace(/[^\w\u4e00-\u9fa5-]+/g, '_')}.png`);
      try {
        await j.run(page, server.url);
        await page.screenshot({ path: file, fullPage: true });
        summary.passed++;
        summary.journeys.push({ name: j.name, ok: true, ms: Date.now() - t0 });
        console.log(`  ✓ ${j.name} (${Date.now() - t0} ms)`);
      } catch (err) {
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        summary.failed++;
        summary.journeys.push({ name: j.name, ok: false, ms: Date.now() - t0, error: String(err) });
        console.log(`  ✗ ${j.name}: ${(err as Error).message}\n    screenshot: ${file}`);
      }
      await context.close();
    }
  } catch (err) {
    summary.failed++;
    console.log(`e2e: could not run: ${(err as Error).message}`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
  write();
  console.log(`e2e: ${summary.passed} passed, ${summary.failed} failed`);
  process.exit(summary.failed > 0 ? 1 : 0);
}

void main();
