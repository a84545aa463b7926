import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_KEYS } from '../harness';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));

export interface CliRun { code: number; stdout: string; stderr: string; output: string }

/**
 * `npm run cli -- …` as an operator would run it: a separate process configured by env only.
 * The database comes from `env` (DATA_DIR for PGlite, DATABASE_URL for PostgreSQL), never from the parent.
 */
export function runCli(args: string[], env: Record<string, string>, opts: { keys?: boolean } = {}): Promise<CliRun> {
  const { DATABASE_URL: _u, DATABASE_ADMIN_URL: _a, TEST_DATABASE_URL: _t, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, 'server/src/cli.ts', ...args], {
      cwd: ROOT, env: { ...inherited, LOG_LEVEL: 'silent', ...(opts.keys === false ? {} : TEST_KEYS), ...env }, timeout: 240_000,
    }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr, output: `${stdout}${stderr}` });
    });
  });
}
