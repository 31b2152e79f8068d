import { writeFile } from "node:fs/promises";
import { stringify } from "csv-stringify/sync";
import type { ReviewSummary } from "@cailiang/core";
import type { Io } from "../io.js";
import { ChartTally } from "./chart-data.js";
import { FINDING_COLUMNS, findingRows } from "./findings-table.js";
import type { Outs } from "./pool.js";
import { reviewHtml } from "./review-html.js";
import { lineSink } from "./sink.js";

export const OUTPUT_FORMATS = ["jsonl", "csv", "xlsx", "html"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes review outputs as they come, a chunk at a time, in one of the formats; `finish` adds the summary. */
export interface ReviewWriter {
  add(outs: Outs): Promise<void>;
  finish(summary: ReviewSummary): Promise<void>;
}

export async function reviewWriter(format: OutputFormat, out: string | undefined, io: Io, source: string): Promise<ReviewWriter> {
  switch (format) {
    case "jsonl": {
      const sink = lineSink(out, io);
      return { add: async (outs) => sink.write(outs.bytes), finish: () => sink.close() };
    }
    case "csv": {
      const sink = lineSink(out, io);
      let started = false;
      return {
        async add(outs) {
          for (const o of outs) {
            if (!started) {
              started = true;
              // A BOM, so spreadsheet programs read the Chinese as UTF-8.
              await sink.write(`${out ? "\uFEFF" : ""}${stringify([FINDING_COLUMNS.map((c) => c.header)]).trimEnd()}`);
            }
            await sink.write(stringify(findingRows(o.line).map((r) => FINDING_COLUMNS.map((c) => r[c.key]))).trimEnd());
          }
        },
        finish: () => sink.close(),
      };
    }
    case "xlsx": {
      if (!out) throw new Error("xlsx 须指定 --out 文件 / xlsx needs --out FILE");
      const { default: Excel } = await import("exceljs");
      const book = new Excel.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false, useStyles: false });
      const sheet = book.addWorksheet("评查发现 findings");
      sheet.columns = FINDING_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === "zh" || c.key === "en" ? 60 : 18 }));
      return {
        async add(outs) {
          for (const o of outs) for (const r of findingRows(o.line)) sheet.addRow(r).commit();
        },
        async finish(summary) {
          sheet.commit();
          const s = book.addWorksheet("汇总 summary");
          s.addRow(["项目 item", "数量 count"]).commit();
          s.addRow(["案件数 cases", summary.cases]).commit();
          s.addRow(["有错误的案件 withErrors", summary.withErrors]).commit();
          s.addRow(["有警告的案件 withWarnings", summary.withWarnings]).commit();
          for (const [code, n] of Object.entries(summary.byCode)) s.addRow([code, n]).commit();
          s.commit();
          await book.commit();
        },
      };
    }
    case "html": {
      const charts = new ChartTally();
      return {
        async add(outs) {
          for (const o of outs) if (o.digest) charts.add(o.digest);
        },
        async finish(summary) {
          const page = reviewHtml(source, summary, charts.data());
          if (out) await writeFile(out, page);
          else io.out(page);
        },
      };
    }
  }
}
