// The JSON-lines fast path (bytes cut into pieces in the reading thread, split in the workers)
// reads the same records, numbered the same, as the line reader used for other encodings.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordsOf } from "../src/batch/lines.js";
import { openRecords, type RawRecord } from "../src/batch/source.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cailiang-source-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every record of the file, through the pieces `openRecords` gives (as the workers split them). */
async function records(file: string, encoding: string): Promise<RawRecord[]> {
  const source = await openRecords(file, encoding);
  const out: RawRecord[] = [];
  for await (const piece of source.pieces) out.push(...("bytes" in piece ? recordsOf(piece) : piece.records));
  return out;
}

/** "utf-8" takes the byte path; "utf8" (the same encoding under another name) takes the line reader. */
async function bothPaths(text: string | Buffer): Promise<{ fast: RawRecord[]; reference: RawRecord[] }> {
  const file = join(dir, "cases.jsonl");
  await writeFile(file, text);
  return { fast: await records(file, "utf-8"), reference: await records(file, "utf8") };
}

describe("JSON lines read as bytes", () => {
  it("gives the line reader's records for any mix of line ends, blank lines, a BOM and Chinese", async () => {
    const part = fc.constantFrom("\n", "\r\n", "\r", " ", "\t", "\u3000", "{", "}", '{"caseNumber":"鹿工信罚〔2026〕1号"}', "x", "中文");
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(part, { maxLength: 60 }), async (bom, parts) => {
        const { fast, reference } = await bothPaths(`${bom ? "\uFEFF" : ""}${parts.join("")}`);
        expect(fast).toEqual(reference);
      }),
      { numRuns: 150 },
    );
  });

  it("numbers records across pieces, with lines longer than a piece", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i % 97 === 0) lines.push("");
      lines.push(JSON.stringify({ caseNumber: `鹿工信罚〔2026〕${i}号`, pad: "案".repeat(i % 500 === 0 ? 60_000 : i % 40) }));
    }
    const { fast, reference } = await bothPaths(`${lines.join("\n")}\n`);
    expect(fast).toHaveLength(3000);
    expect(fast).toEqual(reference);
  });
});
