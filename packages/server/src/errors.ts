import type { z } from "@hono/zod-openapi";
import { CailiangError, zodIssues, type ErrorCode } from "@cailiang/core";
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
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
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
  return new CailiangError("ROUTE_NOT_FOUND", `没有此接口：${method} ${path}`, `No such route: ${method} ${path}`);
}

/** A request parameter (path or query) that failed its zod schema: every issue with its path. */
export function invalidRequest(target: string, error: z.ZodError): CailiangError {
  const issues = zodIssues(error, { prefix: [target] });
  return new CailiangError("INPUT_INVALID", `请求参数有 ${issues.length} 处错误`, `The request has ${issues.length} invalid parameter(s)`, issues);
}
