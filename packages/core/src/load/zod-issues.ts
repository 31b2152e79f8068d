import { z } from "zod";
import type { Issue } from "../errors.js";
import { formatPath, type PathSegment } from "./json-source.js";

type Locate = (path: readonly PathSegment[]) => { file: string; line: number; column: number };
/** Words that begin the message of an issue at `path` (such as the tier it is in), or undefined. */
type Label = (path: readonly PathSegment[]) => { zh: string; en: string } | undefined;
interface Options {
  prefix?: PathSegment[];
  locate?: Locate;
  label?: Label;
}
type RawIssue = z.core.$ZodIssue;

const zhLocale = z.locales.zhCN().localeError;

/**
 * Validates `value` with `schema`. zod's `reportInput` (the offending value in each issue) costs it
 * its fast path, so only a value that fails is validated again to report its issues.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, opts: Options = {}): { data: z.output<S> } | { issues: Issue[] } {
  const fast = schema.safeParse(value);
  if (fast.success) return { data: fast.data };
  const slow = schema.safeParse(value, { reportInput: true });
  return { issues: zodIssues(slow.error ?? fast.error, opts) };
}

/**
 * Turns zod's issues into ours: one issue per problem, with the JSON path, a Chinese message
 * (zod's zh-CN locale) and the English one, and a position where the caller can locate it.
 */
export function zodIssues(error: z.ZodError, opts: Options = {}): Issue[] {
  const out: Issue[] = [];
  for (const issue of error.issues) collect(issue as RawIssue, opts.prefix ?? [], out, opts);
  return out;
}

function collect(issue: RawIssue, prefix: PathSegment[], out: Issue[], opts: Options): void {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // Report the branch that got furthest, rather than a bare "invalid input".
    const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] ?? [];
    if (depth(best) > 0) {
      for (const inner of best) collect(inner as RawIssue, path, out, opts);
      return;
    }
  }
  if (issue.code === "unrecognized_keys") {
    for (const key of issue.keys) {
      const at = [...path, key];
      out.push(withPosition({
        code: "UNKNOWN_FIELD",
        path: formatPath(at),
        zh: `未知字段 "${key}"`,
        en: `Unknown field "${key}"`,
      }, at, opts));
    }
    return;
  }
  const [zh, en] = bilingual(issue);
  out.push(withPosition({ code: `SCHEMA_${issue.code.toUpperCase()}`, path: formatPath(path), zh, en }, path, opts));
}

function depth(issues: readonly RawIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function bilingual(issue: RawIssue): [string, string] {
  const split = issue.message.split(" / ");
  if (split.length === 2 && split[0] && split[1]) return [split[0], split[1]];
  const zh = zhLocale(issue as never);
  const zhText = typeof zh === "string" ? zh : (zh?.message ?? issue.message);
  return [zhText.replace(/，实际接收 undefined$/, ""), issue.message];
}

function withPosition(issue: Issue, path: readonly PathSegment[], { locate, label }: Options): Issue {
  const words = label?.(path);
  const named = words ? { ...issue, zh: `${words.zh}${issue.zh}`, en: `${words.en}${issue.en}` } : issue;
  return locate ? { ...named, ...locate(path) } : named;
}
