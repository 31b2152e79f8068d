import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { isBlank, splitLines } from "./lines.js";

/** One record of an input file, not yet parsed into a case: that happens in the workers. */
export type RawRecord = { index: number; row: number } & ({ json: string } | { cells: Record<string, string> } | { error: { zh: string; en: string } });

/**
 * What one message to a worker carries: records already split (CSV, XLSX, text re-encoded from
 * GBK), or whole lines of a UTF-8 JSON-lines file as bytes, which the worker splits and parses.
 */
export type Piece = { records: RawRecord[] } | JsonLines;

/** Whole lines of a UTF-8 JSON-lines file: `count` records numbered from `index`, the first line being `row`. */
export interface JsonLines {
  bytes: Uint8Array;
  index: number;
  row: number;
  count: number;
}

/** Records per piece of CSV or XLSX, and bytes per piece of JSON lines (about 300 cases). */
const PIECE_RECORDS = 200;
const PIECE_BYTES = 128 * 1024;

export type InputFormat = "jsonl" | "csv" | "xlsx";

/** The input's format, by its extension. */
export function formatOf(file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw new Error(`不支持的文件类型 "${ext}"（支持 .jsonl .csv .xlsx） / unsupported file type "${ext}" (.jsonl, .csv or .xlsx)`);
}

/** A file's records in order, in pieces, read as a stream; `bytesRead` tells how far it has got. */
export interface RecordSource {
  pieces: AsyncIterable<Piece>;
  totalBytes: number;
  bytesRead(): number;
  encoding: string;
}

export async function openRecords(file: string, encoding?: string): Promise<RecordSource> {
  const format = formatOf(file);
  const totalBytes = (await stat(file)).size;
  if (format === "xlsx") {
    const stream = createReadStream(file);
    return { pieces: inPieces(xlsxRecords(stream)), totalBytes, bytesRead: () => stream.bytesRead, encoding: "xlsx" };
  }
  const enc = encoding ?? (await sniffEncoding(file));
  const stream = createReadStream(file, { highWaterMark: PIECE_BYTES });
  const source = { totalBytes, bytesRead: () => stream.bytesRead, encoding: enc };
  // UTF-8 JSON lines, the bulk format, go to the workers as bytes: this thread only finds line ends.
  if (format === "jsonl" && enc === "utf-8") return { ...source, pieces: jsonlPieces(stream) };
  const text: NodeJS.ReadableStream = enc === "utf-8" ? stream.setEncoding("utf8") : stream.pipe(iconv.decodeStream(enc));
  return { ...source, pieces: inPieces(format === "jsonl" ? jsonlRecords(text) : csvRecords(text)) };
}

async function* inPieces(records: AsyncIterable<RawRecord>): AsyncIterable<Piece> {
  let batch: RawRecord[] = [];
  for await (const rec of records) {
    batch.push(rec);
    if (batch.length < PIECE_RECORDS) continue;
    yield { records: batch };
    batch = [];
  }
  if (batch.length > 0) yield { records: batch };
}

const LF = 0x0a;
const CR = 0x0d;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A UTF-8 JSON-lines file in pieces of whole lines, about PIECE_BYTES each, counted as they are cut. */
async function* jsonlPieces(stream: Readable): AsyncIterable<Piece> {
  let carry: Buffer | null = null;
  let index = 0;
  let row = 1;
  const cut = (bytes: Buffer): JsonLines => {
    // A copy the worker can own (the read buffer is transferred, not cloned).
    const piece: JsonLines = { bytes: new Uint8Array(bytes), index, row, count: 0 };
    const { rows, records } = countLines(bytes);
    piece.count = records;
    index += records;
    row += rows;
    return piece;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    if (carry === null && UTF8_BOM.every((b, i) => buf[i] === b)) buf = buf.subarray(UTF8_BOM.length);
    let start = 0;
    while (buf.length - start >= PIECE_BYTES) {
      let end = buf.lastIndexOf(LF, start + PIECE_BYTES - 1);
      if (end < start) end = buf.indexOf(LF, start + PIECE_BYTES); // one line longer than a piece
      if (end < 0) break;
      yield cut(buf.subarray(start, end + 1));
      start = end + 1;
    }
    carry = buf.subarray(start);
  }
  if (carry && carry.length > 0) yield cut(carry);
}

/** Rows (lines) and records (lines not blank) in whole lines of UTF-8. */
function countLines(bytes: Buffer): { rows: number; records: number } {
  if (bytes.includes(CR)) {
    const lines = splitLines(bytes.toString("utf8"));
    return { rows: lines.length, records: lines.filter((l) => !isBlank(l)).length };
  }
  let rows = 0;
  let records = 0;
  for (let start = 0; start < bytes.length; ) {
    const lf = bytes.indexOf(LF, start);
    const end = lf < 0 ? bytes.length : lf;
    rows++;
    // A line of a case starts with "{"; anything else is looked at closely (blank, or a record that is not JSON).
    if (bytes[start] === 0x7b || !isBlank(bytes.toString("utf8", start, end))) records++;
    start = end + 1;
  }
  return { rows, records };
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
    if (isBlank(json)) continue;
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
