// A worker thread of the batch pool: loads the rules once, then reviews or assesses chunks of records.
import { parentPort, workerData } from "node:worker_threads";
import { assessEntry, CailiangError, ReviewTally, reviewCase, toCailiangError, type FindingT, type Registry } from "@cailiang/core";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { digestOf, type ReviewDigest } from "./digest.js";
import type { Chunk, ChunkResult, Out, WorkerInit, WorkerNotice } from "./pool.js";
import { recordValue } from "./records.js";
import { LineBlock } from "./line-block.js";
import { recordsOf } from "./lines.js";
import type { RawRecord } from "./source.js";

const init = workerData as WorkerInit;

/** The rules, loaded once; the pool hears `ready` with their list, or `fatal` with why they cannot be used. */
async function load(): Promise<Registry | null> {
  try {
    const r = await loadRegistryFromDir(init.rulesDir);
    parentPort?.postMessage({ ready: r.list() } satisfies WorkerNotice);
    return r;
  } catch (err) {
    const fatal = err instanceof CailiangError ? { code: err.code, zh: err.zh, en: err.en, issues: err.issues } : { code: "INTERNAL" as const, zh: `无法读取规则目录 ${init.rulesDir}：${String(err)}`, en: `Cannot read the rules directory ${init.rulesDir}: ${String(err)}`, issues: [] };
    parentPort?.postMessage({ fatal } satisfies WorkerNotice);
    return null;
  }
}
const loaded = await load();
if (!loaded) process.exit(0);
const registry = loaded as Registry;

type Handled = Pick<Out, "digest"> & { line: string; ok: boolean; findings: ReadonlyArray<Pick<FindingT, "code" | "severity">> | null };

async function handle(rec: RawRecord): Promise<Handled> {
  const parsed = recordValue(rec);
  const { index, row } = rec;
  if (init.task === "assess") {
    const entry = "error" in parsed ? { index, error: parsed.error } : await assessEntry(registry, parsed.value, index);
    const body = "result" in entry ? { result: entry.result } : { error: entry.error };
    return { line: JSON.stringify({ index, row, ...body }), ok: "result" in entry, digest: null, findings: null };
  }
  const raw = "value" in parsed ? parsed.value : null;
  const caseNumber = (raw as { caseNumber?: unknown } | null)?.caseNumber;
  const head = { index, row, caseNumber: typeof caseNumber === "string" ? caseNumber : null };
  let error = "error" in parsed ? parsed.error : null;
  if (!error) {
    try {
      const r = await reviewCase(registry, raw);
      return { line: JSON.stringify({ ...head, findings: r.findings }), ok: true, digest: init.digests ? digestOf(index, row, raw, r) : null, findings: r.findings };
    } catch (err) {
      error = toCailiangError(err).toJSON().error;
    }
  }
  return { line: JSON.stringify({ ...head, error }), ok: false, digest: init.digests ? digestOf(index, row, raw, { error: error.code }) : null, findings: null };
}

/**
 * The size of the last chunk's output: the next one is about as large. The block is moved to the
 * main thread whole, room to spare included, so it is sized close (and grows if it must).
 */
let lastSize = 64 * 1024;

parentPort?.on("message", async (chunk: Chunk) => {
  const records = "bytes" in chunk ? recordsOf(chunk) : chunk.records;
  const result: ChunkResult = { seq: chunk.seq, text: new Uint8Array(0), ends: [], failed: 0, digests: init.digests ? [] : null, tally: null };
  if ("bytes" in chunk && records.length !== chunk.count) {
    parentPort?.postMessage({ ...result, broken: `chunk ${chunk.seq}: ${records.length} records split, ${chunk.count} counted` } satisfies ChunkResult);
    return;
  }
  const tally = init.task === "review" ? new ReviewTally() : null;
  const block = new LineBlock(lastSize + (lastSize >> 4));
  for (const rec of records) {
    const { findings, line, ok, digest } = await handle(rec);
    tally?.add(findings ? { findings } : { error: true });
    if (!ok) result.failed++;
    block.add(line);
    result.digests?.push(digest as ReviewDigest);
  }
  result.text = block.text();
  result.ends = block.ends;
  lastSize = result.text.byteLength;
  result.tally = tally?.summary() ?? null;
  parentPort?.postMessage(result, [result.text.buffer as ArrayBuffer]);
});
