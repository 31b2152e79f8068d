import { extname } from "node:path";
import { toCailiangError, formatIssues, CailiangError } from "@cailiang/core";
import type { Io } from "../io.js";
import { OUTPUT_FORMATS, reviewWriter, type OutputFormat } from "../batch/review-writer.js";
import { runBatch, workerCount } from "../batch/run.js";

export interface ReviewOptions {
  rules: string;
  out?: string;
  format?: string;
  workers?: unknown;
  encoding?: string;
  progress?: boolean;
}

/**
 * `cailiang review <file>`: reviews every decided case of a CSV, XLSX or JSON-lines file (案卷评查)
 * on all cores, writing one result per case in input order; the summary goes to stderr. Exit 1
 * when any case has an error finding or cannot be reviewed.
 */
export async function reviewCommand(file: string | undefined, o: ReviewOptions, io: Io): Promise<number> {
  if (!file) {
    io.err("请指定案卷文件 / give the decided-cases file: cailiang review <file>");
    return 2;
  }
  // Without --format, the --out file's extension says it (review.html), else JSON lines.
  const byExtension = o.out ? extname(o.out).slice(1).toLowerCase() : "";
  const format = (o.format ?? (OUTPUT_FORMATS.includes(byExtension as OutputFormat) ? byExtension : "jsonl")) as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    io.err(`--format 须为 ${OUTPUT_FORMATS.join(" | ")} / --format must be one of ${OUTPUT_FORMATS.join(", ")} (got ${format})`);
    return 2;
  }
  try {
    const writer = await reviewWriter(format, o.out, io, file);
    let failed = 0;
    const { summary } = await runBatch({ file, rulesDir: o.rules, task: "review", workers: workerCount(o.workers), encoding: o.encoding, progress: o.progress, digests: format === "html" }, async (outs) => {
      failed += outs.failed;
      await writer.add(outs);
    });
    await writer.finish(summary);
    io.err(`评查 ${summary.cases} 件：有错误 ${summary.withErrors} 件，有警告 ${summary.withWarnings} 件，无法评查 ${failed} 件 / reviewed ${summary.cases}: ${summary.withErrors} with errors, ${summary.withWarnings} with warnings, ${failed} not reviewable`);
    io.err(JSON.stringify({ summary: { ...summary, unreviewable: failed } }));
    return summary.withErrors > 0 || failed > 0 ? 1 : 0;
  } catch (err) {
    return fail(err, io);
  }
}

/** A run that could not start or finish (unreadable file, bad rules, unknown format): message, exit 2. */
export function fail(err: unknown, io: Io): number {
  if (err instanceof CailiangError) {
    const e = toCailiangError(err);
    io.err(`✖ ${e.code}：${e.zh} / ${e.en}`);
    if (e.issues.length) io.err(formatIssues(e.issues));
  } else io.err(`✖ ${err instanceof Error ? err.message : String(err)}`);
  return 2;
}
