// cailiang review / assess --batch / report, in-process, on every input format, with the planted defects.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FINDING_CODES } from "@cailiang/core";
import { objectToRow } from "../src/batch/columns.js";
import { CLEAN, PLANTED, UNREVIEWABLE, theft } from "../../core/test/review/planted.js";
import { cliLines } from "./run-cli.js";

const RULES = fileURLToPath(new URL("../../../rules", import.meta.url));

/** One worker each, unless a test asks for more: every worker starts the core from source. */
function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  return cliLines(...(argv.includes("--workers") ? argv : [...argv, "--workers", "1"]));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cailiang-review-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const CASES = [...CLEAN, ...PLANTED.map((p) => p.case), ...UNREVIEWABLE.map((u) => u.case)] as Array<Record<string, unknown>>;

function table(cases: ReadonlyArray<Record<string, unknown>>): string[][] {
  const rows = cases.map((c) => objectToRow(c));
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ""))];
}

/** The fixtures written in each input format the CLI reads. */
const WRITERS: Record<string, (path: string, cases: ReadonlyArray<Record<string, unknown>>) => Promise<void>> = {
  jsonl: (p, cases) => writeFile(p, cases.map((c) => JSON.stringify(c)).join("\n") + "\n"),
  csv: (p, cases) => writeFile(p, stringify(table(cases))),
  "gbk.csv": (p, cases) => writeFile(p, iconv.encode(stringify(table(cases)), "gbk")),
  xlsx: async (p, cases) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("案卷");
    for (const r of table(cases)) sheet.addRow(r);
    await book.xlsx.writeFile(p);
  },
};

type Line = { index: number; row: number; caseNumber: string | null; findings?: Array<{ code: string; severity: string; path: string }>; error?: { code: string; issues: Array<{ path: string }> } };

// Worker threads start the core from its TypeScript source here: slow on a busy machine.
describe("cailiang review", { timeout: 180_000 }, () => {
  it.each(Object.keys(WRITERS))("finds every planted defect in a %s file, one line per case in input order", async (ext) => {
    const file = join(dir, `cases.${ext}`);
    await WRITERS[ext]?.(file, CASES);
    const r = await cli("review", file, "--rules", RULES);
    expect(r.code).toBe(1);
    const lines = r.out.filter(Boolean).map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.index)).toEqual(CASES.map((_c, i) => i));
    // Rows: line numbers in JSON lines, spreadsheet rows (after the header) otherwise.
    expect(lines[0]?.row).toBe(ext === "jsonl" ? 1 : 2);
    CLEAN.forEach((_c, i) => expect(lines[i]?.findings?.filter((f) => f.severity !== "info")).toEqual([]));
    PLANTED.forEach((p, i) => expect(lines[CLEAN.length + i]?.findings?.map((f) => f.code), p.code).toContain(p.code));
    UNREVIEWABLE.forEach((u, i) => expect(lines[CLEAN.length + PLANTED.length + i]?.error?.code).toBe(u.code));
    const summary = JSON.parse(r.err.find((l) => l.startsWith('{"summary"')) ?? "{}") as { summary: { cases: number; byCode: Record<string, number> } };
    expect(summary.summary.cases).toBe(CASES.length);
    expect(Object.keys(summary.summary.byCode).sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });

  it("a bad row never stops the run: it gets its error and row number, and every row has its line", async () => {
    const file = join(dir, "bad.jsonl");
    const good = JSON.stringify(theft("好-1"));
    await writeFile(file, [good, "{ not json", "", JSON.stringify({ ...theft("坏-2"), party: { kind: "robot" } }), good].join("\n"));
    const r = await cli("review", file, "--rules", RULES);
    const lines = r.out.filter(Boolean).map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => [l.index, l.row])).toEqual([[0, 1], [1, 2], [2, 4], [3, 5]]);
    expect(lines[1]?.error?.code).toBe("INPUT_INVALID");
    expect(lines[2]?.error?.issues.map((i) => i.path)).toContain("party.kind");
    expect(lines[3]?.findings).toEqual([]);
    expect(r.err.join("\n")).toContain("reviewed 4: 0 with errors, 0 with warnings, 2 not reviewable");
    expect(r.code).toBe(1);

    const csv = join(dir, "bad.csv");
    await writeFile(csv, stringify([["caseNumber", "offense", "decided.hearingOffered"], ["a", "dlf-71", "maybe"]]) + 'b,"dlf-71\n');
    const c = await cli("review", csv, "--rules", RULES);
    const rows = c.out.filter(Boolean).map((l) => JSON.parse(l) as Line);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.error?.issues.map((i) => i.path)).toEqual(["decided.hearingOffered"]);
    expect(rows[1]?.error?.code).toBe("INPUT_INVALID");
  });

  it("keeps the input order across workers and chunks", async () => {
    const file = join(dir, "many.jsonl");
    const many = Array.from({ length: 1500 }, (_x, i) => theft(`序-${i}`, i % 7 === 0 ? { hearingOffered: false } : {}));
    await WRITERS.jsonl?.(file, many);
    const r = await cli("review", file, "--rules", RULES, "--workers", "2");
    const lines = r.out.filter(Boolean).map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.caseNumber)).toEqual(many.map((c) => c.caseNumber));
    expect(lines.filter((l) => l.findings?.some((f) => f.code === "HEARING_NOT_OFFERED")).map((l) => l.index)).toEqual(many.flatMap((_c, i) => (i % 7 === 0 ? [i] : [])));
  });

  it("writes one line per case to --out, even where a piece of the file holds only blank lines", async () => {
    const file = join(dir, "blank.jsonl");
    // 300 KiB of blank lines: more than a piece the reading thread hands a worker.
    await writeFile(file, `${JSON.stringify(theft("前-1"))}\n${"\n".repeat(300 * 1024)}${JSON.stringify(theft("后-2"))}\n`);
    const out = join(dir, "blank-out.jsonl");
    await cli("review", file, "--rules", RULES, "--out", out);
    const lines = (await readFile(out, "utf8")).split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((l) => (JSON.parse(l) as Line).caseNumber)).toEqual(["前-1", "后-2"]);
  });

  it("--format csv writes a row per finding (a case without one keeps a row); exit 0 when nothing is wrong", async () => {
    const file = join(dir, "clean.jsonl");
    await WRITERS.jsonl?.(file, [...CLEAN, PLANTED[0]?.case as Record<string, unknown>]);
    const out = join(dir, "findings.csv");
    const r = await cli("review", file, "--rules", RULES, "--format", "csv", "--out", out);
    expect(r.code).toBe(1);
    const text = await readFile(out, "utf8");
    expect(text.startsWith("\uFEFF序号 index,")).toBe(true);
    expect(text).toContain("FINE_ABOVE_STATUTORY_MAX,error,decided.penalties[0].amount");
    const cleanOnly = join(dir, "clean-only.jsonl");
    await WRITERS.jsonl?.(cleanOnly, CLEAN.slice(0, 1));
    expect((await cli("review", cleanOnly, "--rules", RULES)).code).toBe(0);
  });

  it("--format xlsx writes a findings sheet and a summary sheet", async () => {
    const file = join(dir, "x.jsonl");
    await WRITERS.jsonl?.(file, CASES);
    const out = join(dir, "review.xlsx");
    await cli("review", file, "--rules", RULES, "--format", "xlsx", "--out", out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const [findings, summary] = book.worksheets;
    const codes = new Set<string>();
    findings?.eachRow((row, n) => n > 1 && codes.add(String(row.getCell(4).value ?? "")));
    for (const p of PLANTED) expect(codes).toContain(p.code);
    expect(summary?.getRow(2).values).toEqual([undefined, "案件数 cases", CASES.length]);
  });

  it("an unknown format or a missing file is a usage error (2)", async () => {
    expect((await cli("review", join(dir, "x.jsonl"), "--format", "pdf")).code).toBe(2);
    expect((await cli("review", join(dir, "nope.jsonl"), "--rules", RULES)).code).toBe(2);
    expect((await cli("review", join(dir, "x.txt.doc"), "--rules", RULES)).code).toBe(2);
    const noRules = await cli("review", join(dir, "x.jsonl"), "--rules", join(dir, "no-such-rules"));
    expect(noRules.code).toBe(2);
    expect(noRules.err.join("\n")).toContain("no-such-rules");
  });
});

describe("cailiang assess --batch", { timeout: 180_000 }, () => {
  it("one line per case, result or error, in input order", async () => {
    const file = join(dir, "assess.csv");
    const input = { offense: "dlf-71", "party.kind": "organization", "dates.act": "2026-03-01", "dates.decision": "2026-04-10" };
    await writeFile(file, stringify([[...Object.keys(input), "facts.unpaidFee"], [...Object.values(input), "12000.50"], [...Object.values(input), "-5"], [...Object.values(input), "100"]]));
    const r = await cli("assess", "--batch", file, "--rules", RULES);
    expect(r.code).toBe(1);
    const lines = r.out.filter(Boolean).map((l) => JSON.parse(l) as { index: number; row: number; result?: { fine: { recommended: { point: string } } }; error?: { issues: Array<{ path: string }> } });
    expect(lines.map((l) => [l.index, l.row])).toEqual([[0, 2], [1, 3], [2, 4]]);
    expect(lines[0]?.result?.fine.recommended.point).toBe("21000");
    expect(lines[1]?.error?.issues[0]?.path).toBe("facts.unpaidFee");
    expect(lines[2]?.result).toBeDefined();
    expect(r.err.join("\n")).toContain("assessed 3, 1 with errors");
  });
});

describe("cailiang report --half", { timeout: 180_000 }, () => {
  it("lists the half year's major decisions in the 备案报告 columns, and warns about cases it cannot judge", async () => {
    const file = join(dir, "report.jsonl");
    const broken = { ...theft("鹿工信罚〔2026〕99号"), facts: {} };
    const h2 = theft("鹿工信罚〔2026〕98号", { penalties: [{ type: "fine", amount: "200000" }], dates: { filed: "2026-08-04", decided: "2026-08-10" } }, { facts: { unpaidFee: "50000" }, dates: { act: "2026-08-01", discovered: "2026-08-02" } });
    await WRITERS.jsonl?.(file, [...CASES, broken, h2]);
    const prefix = join(dir, "major-2026H1");
    const r = await cli("report", "--half", "2026H1", file, "--rules", RULES, "--out", prefix);
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(`${prefix}.xlsx`);
    const sheet = book.worksheets[0];
    const header = (sheet?.getRow(6).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(["案号", "当事人名称", "违法行为", "处罚依据", "处罚种类及数额", "罚款金额（元）", "决定日期", "法制审核", "集体讨论", "认定为重大案件的理由", "报送期限"]));
    const numbers: string[] = [];
    sheet?.eachRow((row, n) => n > 6 && numbers.push(String(row.getCell(2).value)));
    // 2026H1: the energy cases whose recommended fine is 100,000 yuan or more (not the reduced one), and
    // the revocation of a licence (14号); not the August case (H2), major as it is.
    expect(numbers.sort()).toEqual(["鹿工信罚〔2026〕12号", "鹿工信罚〔2026〕14号", "鹿工信罚〔2026〕21号", "鹿工信罚〔2026〕25号"]);
    expect(r.err.join("\n")).toContain("鹿工信罚〔2026〕99号");
    expect(r.err.join("\n")).not.toContain("鹿工信罚〔2025〕9号"); // decided in 2025: not this half year
    const html = await readFile(`${prefix}.html`, "utf8");
    expect(html).toContain("重大行政处罚决定备案报告（2026年上半年）");
    expect(html).toContain("2026-07-31");
  });

  it("a malformed half year is a usage error", async () => {
    expect((await cli("report", "--half", "2026Q1", join(dir, "report.jsonl"), "--rules", RULES)).code).toBe(2);
  });
});
