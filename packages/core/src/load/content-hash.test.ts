import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./content-hash.js";

describe("the content hash", () => {
  it("is SHA-256 of the UTF-8 text", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("is the same through node:crypto and Web Crypto, for any text (Chinese and lone surrogates included)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary" }), async (text) => {
        expect(await sha256Hex(text, "node")).toBe(await sha256Hex(text, "web"));
      }),
      { numRuns: 300 },
    );
  });
});
