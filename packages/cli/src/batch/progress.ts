import cliProgress from "cli-progress";

export interface Progress {
  update(bytesRead: number, rows: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr (rows, rate, time left), measured in bytes of the input so a stream of
 * unknown length still has an end. Off when stderr is not a terminal (piped, CI, tests).
 */
export function progressBar(totalBytes: number, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: " {bar} {percentage}% | {rows} 行 rows | {rate} 行/秒 rows/s | 剩余 ETA {eta_formatted}",
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, totalBytes), 0, { rows: 0, rate: 0 });
  return {
    update(bytesRead, rows) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(Math.min(bytesRead, totalBytes), { rows, rate: Math.round(rows / seconds) });
    },
    stop() {
      bar.update(totalBytes);
      bar.stop();
    },
  };
}
