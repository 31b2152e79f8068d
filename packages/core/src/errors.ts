/**
 * One error class with a closed union of stable codes. Every message is in Chinese and English;
 * every issue names its exact location (file:line:column for rule files, a JSON path for inputs).
 */
export const ERROR_CODES = [
  "INPUT_INVALID",
  "RULESET_NOT_FOUND",
  "OFFENSE_NOT_FOUND",
  "RULESET_INVALID",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "ROUTE_NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "REQUEST_TIMEOUT",
  "HEADERS_TOO_LARGE",
  "RATE_LIMITED",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Where something sits in a rule file (line and column, 1-based). */
export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface Issue {
  /** Stable code of this issue, e.g. "BAND_OUTSIDE_STATUTE", "FACT_MISSING". */
  code: string;
  /** JSON path ("offenses[3].tiers[1].fine.max", "facts.unpaidFee"). */
  path: string;
  zh: string;
  en: string;
  /** Rule files only: where the issue is. */
  file?: string;
  line?: number;
  column?: number;
}

export class CailiangError extends Error {
  override readonly name = "CailiangError";
  constructor(
    readonly code: ErrorCode,
    readonly zh: string,
    readonly en: string,
    readonly issues: Issue[] = [],
  ) {
    super(`${zh} / ${en}`);
  }

  /** The API.md error envelope body. */
  toJSON(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        zh: this.zh,
        en: this.en,
        issues: this.issues.map((i) => ({ ...i, message: `${i.zh} / ${i.en}` })),
      },
    };
  }
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    zh: string;
    en: string;
    issues: Array<Issue & { message: string }>;
  };
}

/** Normalises anything thrown into a CailiangError; unknown throws become INTERNAL with no detail leaked. */
export function toCailiangError(err: unknown): CailiangError {
  if (err instanceof CailiangError) return err;
  return new CailiangError("INTERNAL", "内部错误", "Internal error");
}

/** `file:line:column` (or the JSON path alone) for printing an issue. */
export function issueLocation(issue: Issue): string {
  const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ""}` : "";
  return [where, issue.path].filter(Boolean).join(" ");
}

/** `file:line:col path  中文 / English [CODE]`, one issue per string, for logs and terminals. */
export function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${issueLocation(i)}  ${i.zh} / ${i.en} [${i.code}]`);
}

/**
 * Prints issues the way zod's prettifyError does: `✖ message → at location`.
 * @example
 * formatIssues(err.issues);
 * // ✖ 阶次留有空档：… / The tiers leave a gap: …
 * //   → at rules/x/1.0.0/offenses/dlf-71.json:66:3 tiers [TIERS_GAP]
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `✖ ${i.zh} / ${i.en}\n  → at ${issueLocation(i)} [${i.code}]`).join("\n");
}
