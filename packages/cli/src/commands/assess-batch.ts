import type { Io } from "../io.js";
import { runBatch, workerCount } from "../batch/run.js";
import { lineSink } from "../batch/sink.js";
import { fail } from "./review.js";

export interface AssessBatchOptions {
  batch: string;
  rules: string;
  out?: string;
  workers?: unknown;
  encoding?: string;
  progress?: boolean;
}

/**
 * `cailiang assess --batch <file>`: one JSON line per case, `{ index, row, result }` or
 * `{ index, row, error }`, in input order, on all cores. Exit 1 when any case fails.
 */
export async function assessBatchCommand(o: AssessBatchOptions, io: Io): Promise<number> {
  try {
    const sink = lineSink(o.out, io);
    let errors = 0;
    const { count } = await runBatch({ file: o.batch, rulesDir: o.rules, task: "assess", workers: workerCount(o.workers), encoding: o.encoding, progress: o.progress }, async (outs) => {
      errors += outs.failed;
      await sink.write(outs.bytes);
    });
    await sink.close();
    io.err(`裁量 ${count} 件，出错 ${errors} 件 / assessed ${count}, ${errors} with errors`);
    io.err(JSON.stringify({ summary: { cases: count, errors } }));
    return errors > 0 ? 1 : 0;
  } catch (err) {
    return fail(err, io);
  }
}
