import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";

/** One record of an input file, not yet parsed into a case: that happens in the workers. */
export type RawRecord = { index: number; row: number } & ({ json: string } | { cells: Record<string, string> } | { error: { zh: string; en: string } });

export type InputFormat = "jsonl" | "csv" | "xlsx";

/** The input's format, by its extension. */
export function formatOf(file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw new Error(`不支持的文件类型 "${ext}"（支持 .jsonl .csv .xlsx） / unsupported file type "${ext}" (.jsonl, .csv or .xlsx)`);
}

/** A file's records in order, read as a stream; `progress` tells how many bytes have been read. */
export interface RecordSource {
  records: AsyncIterable<RawRecord>;
  totalBytes: number;
  bytesRead(): number;
  encoding: string;
}

export async function openRecords(file: string, encoding?: string): Promise<RecordSource> {
  const format = formatOf(file);
  const totalBytes = (await stat(file)).size;
  if (format === "xlsx") {
    const stream = createReadStream(file);
    return { records: xlsxRecords(stream), totalBytes, bytesRead: () => stream.bytesRead, encoding: "xlsx" };
  }
  const enc = encoding ?? (await sniffEncoding(file));
  const stream = createReadStream(file);
  const text: NodeJS.ReadableStream = enc === "utf-8" ? stream.setEncoding("utf8") : stream.pipe(iconv.decodeStream(enc));
  return { records: format === "jsonl" ? jsonlRecords(text) : csvRecords(text), totalBytes, bytesRead: () => stream.bytesRead, encoding: enc };
}

/** UTF-8 when the first 64 KiB decode as UTF-8; otherwise GB18030 (a superset of GBK), as Chinese case systems export. */
async function sniffEncoding(file: string): Promise<string> {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    new TextDecoder("utf-8", { fatal: true }).decode(buf.subarray(0, bytesRead), { stream: true });
    return "utf-8";
  } catch {
    return "gb18030";
  } finally {
    await fh.close();
  }
}

async function* jsonlRecords(text: NodeJS.ReadableStream): AsyncIterable<RawRecord> {
  let index = 0;
  let row = 0;
  for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
    row++;
    const json = row === 1 ? line.replace(/^\uFEFF/, "") : line;
    if (json.trim() === "") continue;
    yield { index: index++, row, json };
  }
}

async function* csvRecords(text: NodeJS.ReadableStream): AsyncIterable<RawRecord> {
  const skipped: RawRecord[] = [];
  let index = 0;
  const parser = text.pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.replace(/^\uFEFF/, "").trim()),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  // A malformed line is not dropped: it becomes an error row in its place.
  parser.on("skip", (err: Error & { lines?: number }) => {
    skipped.push({ index: -1, row: err.lines ?? 0, error: { zh: `CSV 格式错误：${err.message}`, en: `Malformed CSV: ${err.message}` } });
  });
  for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    for (const s of skipped.splice(0)) yield { ...s, index: index++ };
    yield { index: index++, row: rec.info.lines, cells: rec.record };
  }
  for (const s of skipped.splice(0)) yield { ...s, index: index++ };
}

/** A cell as text: dates as YYYY-MM-DD, rich text and formulas by their value. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return "";
  }
  return String(v);
}

async function* xlsxRecords(stream: Readable): AsyncIterable<RawRecord> {
  // Loaded only for spreadsheets: it weighs on memory and start-up.
  const { default: Excel } = await import("exceljs");
  const reader = new Excel.stream.xlsx.WorkbookReader(stream, { sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit" });
  let index = 0;
  for await (const sheet of reader) {
    let header: string[] | null = null;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (!header) {
        header = values.map((h) => h.trim());
        continue;
      }
      if (values.every((v) => v.trim() === "")) continue;
      const cells: Record<string, string> = {};
      header.forEach((h, i) => {
        if (h) cells[h] = values[i] ?? "";
      });
      yield { index: index++, row: row.number, cells };
    }
    return; // the first sheet holds the cases
  }
}
