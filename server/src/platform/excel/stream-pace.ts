/**
 * Backpressure for exports. exceljs' streaming writer pushes sheet XML into
 * archiver's per-entry PassThrough while ignoring write()'s return value, and
 * a synchronous row loop never lets compression run, so without pacing a
 * 1M-row export ends up buffered uncompressed in memory (measured: ~250 B
 * per row). Every batch we therefore yield and wait until both the zip entry
 * buffer and the destination (e.g. a slow HTTP client) have drained.
 * A destination that errors or closes early (client went away) aborts the
 * export instead of leaving it waiting forever.
 */
import { setImmediate as tick } from 'node:timers/promises';

export interface StreamPacer {
  /** Call between batches; `inner` is an optional upstream buffer to drain too. Throws if `out` failed. */
  pace(inner?: NodeJS.WritableStream): Promise<void>;
  /** Race `p` against a failure of `out` (exceljs may attach its listeners too late to see it). */
  guard<T>(p: Promise<T>): Promise<T>;
  dispose(): void;
}

type DrainState = {
  writableNeedDrain?: boolean;
  writableLength?: number;
  _writableState?: { needDrain?: boolean; length?: number };
};

/**
 * Waiting for a completely empty buffer after every batch serialises XML
 * generation and compression (measured ~2x slower), so the inner buffer may
 * hold this much before we stop producing.
 */
const INNER_BACKLOG = 4 * 1024 * 1024;

function needsDrain(s: NodeJS.WritableStream, backlog = 0): boolean {
  const d = s as DrainState;
  // archiver uses readable-stream v2, which predates the public writable* getters.
  const need = d.writableNeedDrain ?? d._writableState?.needDrain;
  const length = d.writableLength ?? d._writableState?.length ?? 0;
  return need === true && length > backlog;
}

const closedEarly = () => new Error('导出中断：输出流已关闭');

/** Resolve on `s` 'drain'; reject if `s` or `out` errors or closes first. */
export function waitForDrain(s: NodeJS.WritableStream, out: NodeJS.WritableStream = s): Promise<void> {
  return new Promise((resolve, reject) => {
    const targets = s === out ? [s] : [s, out];
    const done = (err?: Error) => {
      s.off('drain', onDrain);
      for (const t of targets) {
        t.off('error', onError);
        t.off('close', onClose);
      }
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (e: Error) => done(e);
    const onClose = () => done(closedEarly());
    s.on('drain', onDrain);
    for (const t of targets) {
      t.on('error', onError);
      t.on('close', onClose);
    }
  });
}

export function pacer(out: NodeJS.WritableStream): StreamPacer {
  let failure: Error | null = null;
  let rejectFailed: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    rejectFailed = reject;
  });
  failed.catch(() => {}); // only observed through guard()
  const fail = (e: Error) => {
    failure ??= e;
    rejectFailed(failure);
  };
  const onError = (e: Error) => fail(e);
  // 'close' after 'finish' is the normal end of a stream, not a failure.
  const onClose = () => {
    if (!(out as { writableFinished?: boolean }).writableFinished) fail(closedEarly());
  };
  out.on('error', onError);
  out.on('close', onClose);
  if ((out as { destroyed?: boolean }).destroyed) fail(closedEarly());
  return {
    async pace(inner) {
      if (failure) throw failure;
      await tick();
      if (inner) while (!failure && needsDrain(inner, INNER_BACKLOG)) await waitForDrain(inner, out);
      while (!failure && needsDrain(out)) await waitForDrain(out);
      if (failure) throw failure;
    },
    guard(p) {
      return failure ? Promise.reject(failure) : Promise.race([p, failed]);
    },
    dispose() {
      out.off('error', onError);
      out.off('close', onClose);
    },
  };
}

/**
 * Called when an export fails midway: a half-written file is useless, so stop
 * the download instead of leaving the client waiting. No error is passed to
 * destroy(), because an 'error' event without a listener would crash the process.
 */
export function abandon(out: NodeJS.WritableStream): void {
  (out as { destroy?: () => void }).destroy?.();
}
