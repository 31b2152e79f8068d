import { ReviewTally, type ReviewSummary, type RulesetSummary } from "@cailiang/core";
import type { ReviewDigest } from "./digest.js";
import { WorkerPool, type ChunkResult, type Out, type Outs, type Task } from "./pool.js";
import { progressBar } from "./progress.js";
import { openRecords } from "./source.js";

export interface BatchOptions {
  file: string;
  rulesDir: string;
  task: Task;
  workers?: number;
  encoding?: string;
  progress?: boolean;
  /** Each review's digest is needed (charts, the report). */
  digests?: boolean;
}

/**
 * Streams the file's records through the worker pool and hands each chunk's outputs, in input
 * order, to `each`.
 */
export async function runBatch(o: BatchOptions, each: (outs: Outs) => Promise<void>): Promise<{ rulesets: RulesetSummary[]; count: number; summary: ReviewSummary }> {
  const source = await openRecords(o.file, o.encoding);
  // The workers load the rules; bad rules fail once, with their issues, before any record is read.
  const pool = new WorkerPool({ rulesDir: o.rulesDir, task: o.task, digests: o.digests ?? false }, o.workers);
  let rulesets: RulesetSummary[];
  try {
    rulesets = await pool.ready();
  } catch (err) {
    await pool.close();
    throw err;
  }
  const bar = progressBar(source.totalBytes, o.progress);
  const tally = new ReviewTally();
  let count = 0;
  try {
    for await (const chunk of pool.map(source.pieces)) {
      await each(new ChunkOuts(chunk));
      if (chunk.tally) tally.merge(chunk.tally);
      count += chunk.ends.length;
      bar.update(source.bytesRead(), count);
    }
    bar.update(source.totalBytes, count);
  } finally {
    bar.stop();
    await pool.close();
  }
  return { rulesets, count, summary: tally.summary() };
}

/** `--workers` as cac gives it: a positive whole number, or left to the core count. */
export function workerCount(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers 须为正整数 / --workers must be a positive whole number (got ${String(v)})`);
  return n;
}

/** A chunk's outputs as they came from a worker: one block of lines, each one decoded only if someone reads it. */
class ChunkOuts implements Outs {
  readonly bytes: Buffer;
  readonly failed: number;

  constructor(private readonly chunk: ChunkResult) {
    this.bytes = Buffer.from(chunk.text.buffer, chunk.text.byteOffset, chunk.text.byteLength);
    this.failed = chunk.failed;
  }

  *[Symbol.iterator](): Iterator<Out> {
    const { ends, digests } = this.chunk;
    for (const [i, end] of ends.entries()) yield new LineOut(this.bytes.subarray(ends[i - 1] ?? 0, end), digests?.[i] ?? null);
  }
}

/** An output as it came from a worker: its bytes, the line decoded only if someone reads it. */
class LineOut implements Out {
  constructor(
    private readonly bytes: Buffer,
    readonly digest: ReviewDigest | null,
  ) {}

  get line(): string {
    return this.bytes.toString("utf8", 0, this.bytes.length - 1);
  }
}
