import type { z } from "@hono/zod-openapi";
import { CailiangError, type ErrorBody, type ErrorCode } from "@cailiang/core";
import { zodIssues } from "@cailiang/core/schemas";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The one total table from error code to HTTP status (trpc's getHTTPStatusCode). `satisfies`
 * makes a code added to the core without a status here a compile error.
 */
export const HTTP_STATUS = {
  INPUT_INVALID: 400,
  RULESET_NOT_FOUND: 404,
  OFFENSE_NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  RULESET_INVALID: 500,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

export function httpStatus(code: ErrorCode): ContentfulStatusCode {
  return HTTP_STATUS[code];
}

/** The body was not JSON at all. */
export function malformedJson(): CailiangError {
  const zh = "请求体不是合法的 JSON";
  const en = "The request body is not valid JSON";
  return new CailiangError("INPUT_INVALID", zh, en, [{ code: "JSON_SYNTAX", path: "", zh, en }]);
}

export function unsupportedMediaType(got: string | undefined): CailiangError {
  return new CailiangError(
    "UNSUPPORTED_MEDIA_TYPE",
    `请求体须为 application/json（收到 ${got ?? "无 Content-Type"}）`,
    `The request body must be application/json (got ${got ?? "no Content-Type"})`,
  );
}

export function payloadTooLarge(limit: number): CailiangError {
  return new CailiangError("PAYLOAD_TOO_LARGE", `请求体超过 ${limit} 字节`, `The request body exceeds ${limit} bytes`);
}

export function routeNotFound(method: string, path: string): CailiangError {
  const route = `${clip(method, 16)} ${clip(path, 100)}`;
  return new CailiangError("ROUTE_NOT_FOUND", `没有此接口：${route}`, `No such route: ${route}`);
}

export function methodNotAllowed(method: string, allow: readonly string[]): CailiangError {
  const m = clip(method, 16);
  return new CailiangError("METHOD_NOT_ALLOWED", `此接口不支持 ${m}，可用：${allow.join(", ")}`, `${m} is not allowed here; allowed: ${allow.join(", ")}`);
}

export function requestTimeout(): CailiangError {
  return new CailiangError("REQUEST_TIMEOUT", "请求未在时限内收完", "The request was not received in time");
}

export function headersTooLarge(): CailiangError {
  return new CailiangError("HEADERS_TOO_LARGE", "请求头过大", "The request headers are too large");
}

export function rateLimited(retryAfterSeconds: number): CailiangError {
  return new CailiangError("RATE_LIMITED", `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`, `Too many requests; retry in ${retryAfterSeconds} s`);
}

/** A request HTTP itself cannot parse (bad request line, header or Host). */
export function malformedRequest(detailEn: string): CailiangError {
  const zh = "HTTP 请求格式错误";
  const en = `Malformed HTTP request: ${clip(detailEn, 100)}`;
  return new CailiangError("INPUT_INVALID", zh, en, [{ code: "HTTP_MALFORMED", path: "", zh, en }]);
}

/** Longest text of an echo in an error body, and most issues listed: a response never grows with the input. */
const MAX_ECHO_CHARS = 500;
const MAX_ISSUES = 20;

/**
 * The error envelope, bounded: every string clipped to MAX_ECHO_CHARS and at most MAX_ISSUES
 * issues (then one TOO_MANY_ISSUES issue counting the rest), so no client input is echoed at length.
 */
export function errorBody(error: CailiangError): ErrorBody {
  const body = error.toJSON();
  const issues = body.error.issues;
  const kept = issues.slice(0, MAX_ISSUES).map((i) => clipStrings(i));
  if (issues.length > MAX_ISSUES) {
    const zh = `另有 ${issues.length - MAX_ISSUES} 处错误未列出`;
    const en = `${issues.length - MAX_ISSUES} more issue(s) not listed`;
    kept.push({ code: "TOO_MANY_ISSUES", path: "", zh, en, message: `${zh} / ${en}` });
  }
  return { error: { ...clipStrings({ ...body.error, issues: [] }), issues: kept } };
}

function clipStrings<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? clip(v, MAX_ECHO_CHARS) : v])) as T;
}

/** `s` cut to `max` characters (code points), with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s; // never more code points than UTF-16 units: nothing to cut (every request's log line)
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}

/** A request parameter (path or query) that failed its zod schema: every issue with its path. */
export function invalidRequest(target: string, error: z.ZodError): CailiangError {
  const issues = zodIssues(error, { prefix: [target] });
  return new CailiangError("INPUT_INVALID", `请求参数有 ${issues.length} 处错误`, `The request has ${issues.length} invalid parameter(s)`, issues);
}
