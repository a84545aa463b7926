import fs from 'node:fs';
import path from 'node:path';

export interface DirLock { release(): void }

export class DataDirBusyError extends Error {}

/**
 * A PGlite data directory belongs to one process. A lock file next to it names the owner;
 * a stale lock (its process gone) is taken over.
 */
export function acquireDirLock(dir: string): DirLock {
  const lockPath = `${path.resolve(dir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try { fs.unlinkSync(lockPath); } catch { /* already gone */ }
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new DataDirBusyError(
          `嵌入式数据库目录 ${dir} 正被进程 ${pid} 使用（通常是正在运行的服务器）。` +
            '请先停止服务器，或通过服务器的管理接口执行此操作。',
        );
      }
      fs.unlinkSync(lockPath); // stale
    }
  }
  throw new DataDirBusyError(`无法锁定数据库目录 ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
