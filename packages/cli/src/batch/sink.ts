import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Io } from "../io.js";

/** Where output lines go: a file (waiting for it to drain, so memory stays flat) or the CLI's stdout. */
export interface LineSink {
  /** Lines, as text or as UTF-8 bytes (one line or a block of them); a missing "\n" at the end is added. */
  write(lines: string | Uint8Array): Promise<void> | void;
  close(): Promise<void>;
}

const LF = 0x0a;

export function lineSink(out: string | undefined, io: Io): LineSink {
  if (!out) {
    return {
      write: (lines) => {
        if (lines.length === 0) return;
        const text = typeof lines === "string" ? lines : Buffer.from(lines.buffer, lines.byteOffset, lines.byteLength).toString("utf8");
        io.out(text.endsWith("\n") ? text.slice(0, -1) : text);
      },
      close: async () => undefined,
    };
  }
  const stream: WriteStream = createWriteStream(out);
  // Lines are gathered into writes of about FLUSH_BYTES: a write per line costs more than the line.
  let pending: Uint8Array[] = [];
  let size = 0;
  const add = (bytes: Uint8Array) => {
    pending.push(bytes);
    size += bytes.length;
  };
  const flush = async () => {
    // A block as large as a write goes as it is, uncopied.
    const block = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, size);
    pending = [];
    size = 0;
    if (!stream.write(block)) await once(stream, "drain");
  };
  return {
    write(lines) {
      if (lines.length === 0) return;
      if (typeof lines === "string") add(Buffer.from(lines.endsWith("\n") ? lines : `${lines}\n`));
      else {
        add(lines);
        if (lines.at(-1) !== LF) add(Buffer.from("\n"));
      }
      if (size >= FLUSH_BYTES) return flush();
    },
    async close() {
      if (size > 0) await flush();
      stream.end();
      await once(stream, "finish");
    },
  };
}

const FLUSH_BYTES = 64 * 1024;
