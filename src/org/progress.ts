/**
 * One self-rewriting line on stderr while the scan runs, only when stderr is a terminal (a CI log or
 * a pipe would get one line per repository). One line is all it needs, so no progress-bar library.
 */
export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line, so that what follows starts clean. */
  end(): void;
}

const MIN_INTERVAL_MS = 100;

export function createProgress(write: (text: string) => void, enabled: boolean, label: string): Progress {
  if (!enabled) return { update: () => {}, end: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < MIN_INTERVAL_MS) return;
      last = now;
      shown = true;
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      write(`\r\x1b[2K${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} repositories`);
    },
    end() {
      if (shown) write('\r\x1b[2K');
    },
  };
}
