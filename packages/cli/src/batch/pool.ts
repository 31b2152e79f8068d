import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CailiangError, type Issue, type ErrorCode, type ReviewSummary, type RulesetSummary } from "@cailiang/core";
import type { ReviewDigest } from "./digest.js";
import type { Piece } from "./source.js";

export type Task = "review" | "assess";
export interface WorkerInit {
  rulesDir: string;
  task: Task;
  /** Send each review's digest back (charts, the report); the summary is summed in the workers anyway. */
  digests: boolean;
}
export type Chunk = { seq: number } & Piece;
/** One record's output: its JSON line and (review) its digest. */
export interface Out {
  /** The JSON line, without its end. */
  readonly line: string;
  readonly digest: ReviewDigest | null;
}
/** A chunk's outputs, in input order: all their lines as one block, and each one on its own. */
export interface Outs extends Iterable<Out> {
  /** Every line in UTF-8, each with its "\n": what a JSON-lines file gets. */
  readonly bytes: Uint8Array;
  /** How many records did not go through. */
  readonly failed: number;
}
/**
 * A chunk's outputs: its lines encoded once, in the worker, as one block of UTF-8 (moved to this
 * thread, not copied) with where each line ends, rather than one object or string per record.
 */
export interface ChunkResult {
  seq: number;
  text: Uint8Array;
  /** Byte offset just past each line's "\n". */
  ends: number[];
  /** How many records did not go through. */
  failed: number;
  /** Review with digests: one per line. */
  digests: ReviewDigest[] | null;
  /** Review: the chunk's summary, summed in the worker. */
  tally: ReviewSummary | null;
  /** The worker could not handle the chunk as cut (a bug, never expected): why. */
  broken?: string;
}
/** What a worker says once, after loading the rules. */
export type WorkerNotice = { ready: RulesetSummary[] } | { fatal: { code: ErrorCode; zh: string; en: string; issues: Issue[] } };

/** The worker's script: the built one beside the bundle, or the TypeScript source (tests, benches) through tsx. */
function spawn(init: WorkerInit): Worker {
  const built = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: init });
  const source = new URL("./worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData: init, execArgv: ["--conditions=@cailiang/source"] });
}

/**
 * Worker threads on every core, fed chunks of records. `map` yields the outputs in input order
 * while reading ahead only a few chunks per worker, so memory stays flat however long the input.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ chunk: Chunk; resolve: (r: ChunkResult) => void; reject: (err: Error) => void }> = [];
  private readonly pending = new Map<Worker, { resolve: (r: ChunkResult) => void; reject: (err: Error) => void }>();
  private readonly loaded: Promise<RulesetSummary[]>;

  constructor(init: WorkerInit, size = availableParallelism()) {
    let ready!: (r: RulesetSummary[]) => void;
    let failed!: (err: Error) => void;
    this.loaded = new Promise((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    this.loaded.catch(() => undefined);
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const w = spawn(init);
      w.on("message", (m: ChunkResult | WorkerNotice) => {
        if ("ready" in m) return ready(m.ready);
        if ("fatal" in m) return failed(new CailiangError(m.fatal.code, m.fatal.zh, m.fatal.en, m.fatal.issues));
        const p = this.pending.get(w);
        this.pending.delete(w);
        if (m.broken) p?.reject(new Error(m.broken));
        else p?.resolve(m);
        this.release(w);
      });
      w.on("error", (err) => {
        failed(err);
        const p = this.pending.get(w);
        this.pending.delete(w);
        p?.reject(err);
        for (const q of this.queue.splice(0)) q.reject(err);
      });
      return w;
    });
    this.idle.push(...this.workers);
  }

  /** The rules the workers loaded (listed), once the first is ready; rejects when they cannot be loaded. */
  ready(): Promise<RulesetSummary[]> {
    return this.loaded;
  }

  get size(): number {
    return this.workers.length;
  }

  private release(w: Worker): void {
    const next = this.queue.shift();
    if (!next) {
      this.idle.push(w);
      return;
    }
    this.pending.set(w, next);
    post(w, next.chunk);
  }

  run(chunk: Chunk): Promise<ChunkResult> {
    return new Promise((resolve, reject) => {
      const w = this.idle.pop();
      if (!w) {
        this.queue.push({ chunk, resolve, reject });
        return;
      }
      this.pending.set(w, { resolve, reject });
      post(w, chunk);
    });
  }

  /** The results of `pieces`, chunk by chunk, in input order, reading ahead a few chunks per worker. */
  async *map(pieces: AsyncIterable<Piece>): AsyncGenerator<ChunkResult> {
    const inFlight: Array<Promise<ChunkResult>> = [];
    const ahead = this.size * 3;
    let seq = 0;
    for await (const piece of pieces) {
      inFlight.push(this.run({ seq: seq++, ...piece }));
      while (inFlight.length >= ahead) yield await (inFlight.shift() as Promise<ChunkResult>);
    }
    while (inFlight.length > 0) yield await (inFlight.shift() as Promise<ChunkResult>);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Bytes of JSON lines are moved to the worker, not copied. */
function post(w: Worker, chunk: Chunk): void {
  w.postMessage(chunk, "bytes" in chunk ? [chunk.bytes.buffer as ArrayBuffer] : []);
}
