import type { Io } from "../io.js";
import type { MajorRow } from "../batch/digest.js";
import { parseHalf } from "../batch/half-year.js";
import { writeReportHtml, writeReportXlsx, type Unjudged } from "../batch/report-writer.js";
import { runBatch, workerCount } from "../batch/run.js";
import { fail } from "./review.js";

export interface ReportOptions {
  half?: string;
  rules: string;
  out?: string;
  workers?: unknown;
  encoding?: string;
}

/**
 * `cailiang report --half 2026H1 <file>`: the major decisions (重大行政处罚决定) of the half year,
 * as XLSX and HTML in the columns of the 备案报告, with a warning for each decided case of the
 * period whose major status cannot be judged from the data.
 */
export async function reportCommand(file: string | undefined, o: ReportOptions, io: Io): Promise<number> {
  if (!file || !o.half) {
    io.err("用法 / usage: cailiang report --half 2026H1 <decided-cases file> [--out PREFIX]");
    return 2;
  }
  try {
    const half = parseHalf(o.half);
    const rows: MajorRow[] = [];
    const unjudged: Unjudged[] = [];
    const inHalf = (d: string) => d >= half.from && d <= half.to;
    const { rulesets } = await runBatch({ file, rulesDir: o.rules, task: "review", workers: workerCount(o.workers), encoding: o.encoding, digests: true }, async (outs) => {
      for (const out of outs) {
        const d = out.digest;
        if (!d) continue;
        if (d.error !== null) {
          // The decision date may be unreadable too: then the case may belong to this half year.
          if (d.decidedOn === null || inHalf(d.decidedOn)) {
            const reason = JSON.parse(out.line) as { error: { zh: string; issues: Array<{ path: string; zh: string }> } };
            unjudged.push({ row: d.row, caseNumber: d.caseNumber ?? "", reason: `${d.error}：${reason.error.zh}${reason.error.issues.length ? `（${reason.error.issues.map((i) => `${i.path} ${i.zh}`).join("；")}）` : ""}` });
          }
          continue;
        }
        if (d.major && d.decidedOn && inHalf(d.decidedOn)) rows.push(d.major);
      }
    });
    const authority = rulesets[0]?.authority ?? "";
    const prefix = o.out ?? `major-decisions-${half.label}`;
    const content = { half, authority, source: file, rows, unjudged };
    await writeReportXlsx(`${prefix}.xlsx`, content);
    await writeReportHtml(`${prefix}.html`, content);
    for (const u of unjudged) io.err(`⚠ 第 ${u.row} 行 ${u.caseNumber}：无法判断是否属重大案件 / row ${u.row}: major status cannot be judged — ${u.reason}`);
    io.err(`${half.zh}重大行政处罚决定 ${rows.length} 件，无法判断 ${unjudged.length} 件；报送期限 ${half.due} → ${prefix}.xlsx, ${prefix}.html`);
    io.err(JSON.stringify({ half: half.label, major: rows.length, unjudged: unjudged.length, due: half.due }));
    return 0;
  } catch (err) {
    return fail(err, io);
  }
}
