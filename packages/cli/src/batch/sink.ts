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
  // Lines are gathered into writes of about FLUSH_CHARS: a write per line costs more than the line.
  let pending = "";
  const flush = async () => {
    const text = pending;
    pending = "";
    if (!stream.write(text)) await once(stream, "drain");
  };
  return {
    write(line) {
      pending += line.endsWith("\n") ? line : `${line}\n`;
      if (pending.length >= FLUSH_CHARS) return flush();
    },
    async close() {
      if (pending !== "") await flush();
      stream.end();
      await once(stream, "finish");
    },
  };
}

const FLUSH_CHARS = 64 * 1024;
