import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Io } from "../io.js";

/** Where output lines go: a file (waiting for it to drain, so memory stays flat) or the CLI's stdout. */
export interface LineSink {
  write(text: string): Promise<void> | void;
  close(): Promise<void>;
}

export function lineSink(out: string | undefined, io: Io): LineSink {
  if (!out) return { write: (line) => io.out(line.endsWith("\n") ? line.slice(0, -1) : line), close: async () => undefined };
  const stream: WriteStream = createWriteStream(out);
  return {
    async write(line) {
      if (!stream.write(line.endsWith("\n") ? line : `${line}\n`)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "finish");
    },
  };
}
