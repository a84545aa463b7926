import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Config } from '../config';

/** One CLI command: returns the process exit code (0 done, 1 refused/failed, 2 audit chain broken). */
export interface CliCommand {
  name: string;
  /** one usage line, in Chinese */
  usage: string;
  run(args: string[], config: Config): Promise<number>;
}

/** A refusal with a message for the operator (printed without a stack trace, exit code 1). */
export class CliError extends Error {}

/** Flags and positionals; unknown flags are an error rather than silently ignored. */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n用法：${usage}`);
  }
}

export const say = (line: string) => process.stdout.write(`${line}\n`);
