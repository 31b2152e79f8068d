import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { Issue } from "../errors.js";

/** A rule file as read by the caller: its path (for messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export type PathSegment = string | number;

/** A parsed JSON file that can say where any JSON path of it sits (line and column, 1-based). */
export class JsonSource {
  private readonly lineStarts: number[];
  private constructor(
    readonly file: SourceFile,
    readonly value: unknown,
    private readonly root: Node | undefined,
  ) {
    this.lineStarts = [0];
    for (let i = 0; i < file.text.length; i++) if (file.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** Parses strict JSON (no comments, no trailing commas); syntax errors come back as issues with their position. */
  static parse(file: SourceFile): { source?: JsonSource; issues: Issue[] } {
    const errors: ParseError[] = [];
    const root = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false });
    const probe = new JsonSource(file, undefined, root);
    if (errors.length > 0 || !root) {
      // An empty file parses to no tree and no error: report it as "value expected" (code 4).
      const list = errors.length > 0 ? errors : [{ error: 4 satisfies ParseError["error"], offset: 0, length: 0 }];
      return {
        issues: list.map((e) => ({
          code: "JSON_SYNTAX",
          path: "",
          zh: `JSON 语法错误：${printParseErrorCode(e.error)}`,
          en: `JSON syntax error: ${printParseErrorCode(e.error)}`,
          ...probe.position(e.offset),
        })),
      };
    }
    const value: unknown = JSON.parse(file.text);
    return { source: new JsonSource(file, value, root), issues: [] };
  }

  /** file, line and column of the deepest existing node on `path`. */
  locate(path: readonly PathSegment[]): { file: string; line: number; column: number } {
    let segments = [...path];
    while (segments.length > 0) {
      const node = this.root && findNodeAtLocation(this.root, segments);
      if (node) {
        // Point at the property key when the node is a property value, as editors do.
        const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
        return this.position(at);
      }
      segments = segments.slice(0, -1);
    }
    return this.position(this.root?.offset ?? 0);
  }

  private position(offset: number): { file: string; line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file.path, line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
}

/** "offenses[3].tiers[1].fine.max" */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
