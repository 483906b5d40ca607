import type { OutputStream } from './io.js';

/** Runs shorter than this many files finish before a progress line would be read. */
const MIN_FILES = 20;
const INTERVAL_MS = 100;

/**
 * A one-line "12/120" counter on stderr for long runs on a terminal; nothing otherwise, so CI logs and
 * redirected output stay clean.
 */
export function createProgress(stream: OutputStream, total: number, label: (done: number, total: number) => string) {
  const enabled = stream.isTTY === true && total >= MIN_FILES;
  let last = 0;
  let shown = false;
  return {
    update(done: number) {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      stream.write(`\r${label(done, total)}\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
