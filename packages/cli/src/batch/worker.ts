// A worker thread of the batch pool: loads the rules once, then reviews or assesses chunks of records.
import { parentPort, workerData } from "node:worker_threads";
import { assessEntry, reviewCase, toCailiangError } from "@cailiang/core";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { digestOf } from "./digest.js";
import type { Chunk, ChunkResult, Out, WorkerInit } from "./pool.js";
import { recordValue } from "./records.js";

const init = workerData as WorkerInit;
const registry = await loadRegistryFromDir(init.rulesDir);

async function handle(rec: Chunk["items"][number]): Promise<Out> {
  const parsed = recordValue(rec);
  const { index, row } = rec;
  if (init.task === "assess") {
    const entry = "error" in parsed ? { index, error: parsed.error } : await assessEntry(registry, parsed.value, index);
    const body = "result" in entry ? { result: entry.result } : { error: entry.error };
    return { line: JSON.stringify({ index, row, ...body }), ok: "result" in entry, digest: null };
  }
  const raw = "value" in parsed ? parsed.value : null;
  const caseNumber = (raw as { caseNumber?: unknown } | null)?.caseNumber;
  const head = { index, row, caseNumber: typeof caseNumber === "string" ? caseNumber : null };
  let error = "error" in parsed ? parsed.error : null;
  if (!error) {
    try {
      const r = await reviewCase(registry, raw);
      return { line: JSON.stringify({ ...head, findings: r.findings }), ok: true, digest: digestOf(index, row, raw, r) };
    } catch (err) {
      error = toCailiangError(err).toJSON().error;
    }
  }
  return { line: JSON.stringify({ ...head, error }), ok: false, digest: digestOf(index, row, raw, { error: error.code }) };
}

parentPort?.on("message", async (chunk: Chunk) => {
  const out: Out[] = [];
  for (const rec of chunk.items) out.push(await handle(rec));
  parentPort?.postMessage({ seq: chunk.seq, out } satisfies ChunkResult);
});
