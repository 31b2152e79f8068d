// A worker's output block: every line once, in order, in UTF-8, each ended by "\n" at the offset recorded.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineBlock } from "../src/batch/line-block.js";

describe("LineBlock", () => {
  it("holds the lines as UTF-8 with their ends, however small it starts", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 400 }), { maxLength: 40 }), fc.integer({ min: 0, max: 4096 }), (lines, capacity) => {
        const block = new LineBlock(capacity);
        for (const l of lines) block.add(l);
        const bytes = Buffer.from(block.text());
        expect(bytes.toString("utf8")).toBe(lines.map((l) => `${l}\n`).join(""));
        expect(block.ends).toEqual(lines.map((_l, i) => Buffer.byteLength(lines.slice(0, i + 1).map((l) => `${l}\n`).join(""))));
        expect(block.text().byteOffset).toBe(0);
      }),
    );
  });
});
