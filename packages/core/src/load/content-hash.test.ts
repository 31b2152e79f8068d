import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces, sha256HexOf } from "./content-hash.js";

/** JSON objects whose fields are often arrays (as a pack's offenses are), with any text in them. */
const jsonObject = fc.dictionary(
  fc.string({ unit: "binary" }),
  fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.array(fc.string({ unit: "binary" }))),
);

describe("the content hash", () => {
  it("is SHA-256 of the UTF-8 text", async () => {
    expect(await sha256HexOf(["abc"])).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256HexOf(["a", "", "bc"])).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the pieces of exactly JSON.stringify's text, for any JSON object", () => {
    fc.assert(
      fc.property(jsonObject, (value) => {
        expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
    expect([...jsonPieces({})].join("")).toBe("{}");
    expect([...jsonPieces({ a: undefined, b: [], c: [undefined, 1], d: () => 1 })].join("")).toBe(JSON.stringify({ a: undefined, b: [], c: [undefined, 1], d: () => 1 }));
  });

  it("is the same through node:crypto and Web Crypto, for any JSON object (Chinese and lone surrogates included)", async () => {
    await fc.assert(
      fc.asyncProperty(jsonObject, async (value) => {
        expect(await sha256HexOf(jsonPieces(value), "node")).toBe(await sha256HexOf(jsonPieces(value), "web"));
      }),
      { numRuns: 300 },
    );
  });
});
