import pc from "picocolors";

/** Where the CLI writes. Injected, so tests capture lines instead of printing. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Colours on or off (picocolors decides for the real terminal). */
  color: boolean;
  /** Where progress bars go: stderr when it is a terminal; absent when piped, in CI and in tests. */
  progress?: NodeJS.WritableStream;
}

export type Colors = ReturnType<typeof pc.createColors>;

export function colors(io: Io): Colors {
  return pc.createColors(io.color);
}

/** The process's stdout and stderr. A reader that closes early (`| head`) ends the output quietly. */
export function processIo(): Io {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") throw err;
      process.exit(process.exitCode ?? 0);
    });
  }
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    color: pc.isColorSupported,
    ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
  };
}
