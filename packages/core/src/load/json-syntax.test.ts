import fc from "fast-check";
import { createScanner, type SyntaxKind } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { syntaxProblems } from "./json-syntax.js";

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: its values.
const CLOSE_BRACE = 2 as SyntaxKind;
const CLOSE_BRACKET = 4 as SyntaxKind;
const COMMA = 5 as SyntaxKind;
const EOF = 17 as SyntaxKind;

/** Offsets of the tokens of `kind` in a JSON text (outside strings). */
function tokens(text: string, kinds: readonly SyntaxKind[]): Array<{ offset: number; kind: SyntaxKind }> {
  const scanner = createScanner(text, false);
  const out: Array<{ offset: number; kind: SyntaxKind }> = [];
  for (let k = scanner.scan(); k !== EOF; k = scanner.scan()) if (kinds.includes(k)) out.push({ offset: scanner.getTokenOffset(), kind: k });
  return out;
}

// Pretty-printed JSON with at least one non-empty object or list, as rule files are written.
const document = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 5 }).map((o) => JSON.stringify(o, null, 2));

describe("syntaxProblems", () => {
  it("points a trailing comma at the comma itself, whatever the document", () => {
    fc.assert(
      fc.property(document, fc.nat(), (text, pick) => {
        // Closing brackets of non-empty objects and lists: a comma goes after their last item.
        const closers = tokens(text, [CLOSE_BRACE, CLOSE_BRACKET]).filter(({ offset }) => !/[[{]\s*$/.test(text.slice(0, offset)));
        const at = closers[pick % closers.length];
        if (!at) return;
        let end = at.offset;
        while (/\s/.test(text[end - 1] as string)) end--;
        const broken = `${text.slice(0, end)},${text.slice(end)}`;
        const [first] = syntaxProblems(broken);
        expect(first?.offset).toBe(end);
        expect(first?.zh).toMatch(/^多余的逗号：/);
      }),
      { numRuns: 300 },
    );
  });

  it("names a full-width comma in place of any comma, at that character", () => {
    fc.assert(
      fc.property(document, fc.nat(), (text, pick) => {
        const commas = tokens(text, [COMMA]);
        const at = commas[pick % Math.max(1, commas.length)];
        if (!at) return;
        const broken = `${text.slice(0, at.offset)}，${text.slice(at.offset + 1)}`;
        expect(syntaxProblems(broken)).toEqual([{ offset: at.offset, zh: "这里是中文逗号“，”，请改用英文逗号 ,", en: "this is a full-width comma (，): use an English comma ," }]);
      }),
      { numRuns: 300 },
    );
  });
});
