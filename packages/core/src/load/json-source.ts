import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import type { Issue, Location } from "../errors.js";
import { syntaxProblems } from "./json-syntax.js";

/** A rule file as read by the caller: its path (for messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export type PathSegment = string | number;

/**
 * A parsed JSON file that can say where any JSON path of it sits. The file is parsed by the
 * platform's JSON.parse; the tree of positions (jsonc-parser) is built only when something must
 * be located, which a valid pack never needs at load.
 */
export class JsonSource {
  private tree: { root: Node | undefined; lineStarts: number[] } | undefined;

  private constructor(readonly file: SourceFile) {}

  /** Parses strict JSON (no comments, no trailing commas); syntax errors come back as issues with their position. */
  static parse(file: SourceFile): { source?: JsonSource; value?: unknown; issues: Issue[] } {
    const source = new JsonSource(file);
    try {
      return { source, value: JSON.parse(file.text) as unknown, issues: [] };
    } catch {
      return { issues: source.syntaxIssues() };
    }
  }

  /** The syntax errors of a file JSON.parse refused, each at the character to fix, with the fix. */
  private syntaxIssues(): Issue[] {
    return syntaxProblems(this.file.text).map((p) => ({
      code: "JSON_SYNTAX",
      path: "",
      zh: `JSON 语法错误：${p.zh}`,
      en: `JSON syntax error: ${p.en}`,
      ...this.position(p.offset),
    }));
  }

  private ensureTree(): { root: Node | undefined; lineStarts: number[] } {
    if (!this.tree) {
      const { text } = this.file;
      const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
      this.tree = { root, lineStarts };
    }
    return this.tree;
  }

  /** Where the file's value starts, found without the tree of positions (a file is one offense). */
  rootLocation(): Location {
    const { text } = this.file;
    let line = 1;
    let lineStart = 0;
    let i = 0;
    for (; i < text.length && /\s/.test(text[i] as string); i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { file: this.file.path, line, column: i - lineStart + 1 };
  }

  /** file, line and column of the deepest existing node on `path`. */
  locate(path: readonly PathSegment[]): Location {
    const { root } = this.ensureTree();
    let segments = [...path];
    while (segments.length > 0) {
      const node = root && findNodeAtLocation(root, segments);
      if (node) {
        // Point at the property key when the node is a property value, as editors do.
        const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
        return this.position(at);
      }
      segments = segments.slice(0, -1);
    }
    return this.position(root?.offset ?? 0);
  }

  private position(offset: number): Location {
    const { lineStarts } = this.ensureTree();
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file.path, line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  }
}

/** "offenses[3].tiers[1].fine.max" */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
