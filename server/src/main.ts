import { ConfigError, loadConfig } from './config';
import { createPlatform } from './platform/boot';
import { buildApp } from './app';
import { DataDirBusyError } from './platform/db/dir-lock';
import { seedIfEmpty } from './modules/demo/demo.seed';
import { loadReferenceRegions } from './modules/regions/regions.reference';
import { failAbandonedJobs } from './modules/jobs/jobs.repository';
import { purgeExpiredSessions } from './platform/auth/sessions';
import { scanUnlicensed } from './modules/hazards/closure.service';
import { purgeOldExports } from './modules/hazard-ledger/hazard-ledger.service';
import { startScheduler, stopScheduler } from './platform/scheduler/scheduler';
import { deadlineJobs } from './modules/deadlines/deadlines.jobs';
import { startDeliveryWorker } from './modules/notifications/deliveries';

/** Starts the platform: config → database (migrated) → reference data → demo data if empty → HTTP. */
async function main() {
  const config = loadConfig();
  const p = await createPlatform(config);
  await loadReferenceRegions(p.database.db);
  // The embedded database has one process, so any job still 'running' died with the previous one.
  if (p.database.kind === 'pglite') await failAbandonedJobs(p.database.db);
  if (config.seedDemo) {
    const seeded = await seedIfEmpty(p);
    if (seeded) console.log(`演示数据已写入：${seeded.enterprises} 家企业，${seeded.mines} 个监管对象，${seeded.users} 个用户，${seeded.hazards} 条隐患`);
  }
  const app = await buildApp(p);
  // Sessions past their absolute expiry (idle ones go when next presented) and export files past their
  // retention are removed hourly.
  const purge = setInterval(() => {
    void purgeExpiredSessions(p.database.db).catch(() => {});
    void purgeOldExports(p).catch(() => {});
  }, 3600_000);
  purge.unref();
  // 提请关闭建议 for producing mines without valid licences: checked at start and hourly.
  const scan = () => void scanUnlicensed(p, { requestId: `system:closure-scan:${Date.now()}`, ip: '127.0.0.1', actor: null }).catch((e: unknown) => console.error('证照检查失败', e));
  scan();
  const scanTimer = setInterval(scan, 3600_000);
  scanTimer.unref();
  // pg-boss: the daily deadline scan (01:00 Asia/Shanghai) and scans on demand after changes (docs/deadlines.md).
  // A failure (e.g. a restricted role that may not create schema pgboss) leaves the app running without reminders.
  await startScheduler(p, deadlineJobs).catch((e: unknown) => console.error('定时任务（pg-boss）启动失败，期限提醒不会自动运行：', e));
  // Webhook deliveries of notifications (docs/notifications.md): a pass every 5 s while a channel is configured.
  const deliveries = config.webhook ? startDeliveryWorker(p, 5_000, (e) => console.error('通知推送失败', e)) : null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: 正在停止…`);
    await app.close();
    await stopScheduler(p).catch((e: unknown) => console.error('pg-boss 停止失败', e));
    await deliveries?.stop();
    await p.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  console.log(`非煤矿山安全在线 已启动：http://localhost:${config.port}  （数据库：${p.database.kind}${config.production ? '，生产模式' : ''}）`);
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirBusyError) {
    console.error(err.message);
  } else {
    console.error('启动失败:', err);
  }
  process.exit(1);
});
