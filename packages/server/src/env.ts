import type { OpenAPIHono, z } from "@hono/zod-openapi";
import type { ErrorCode } from "@cailiang/core";
import { HTTP_STATUS } from "./errors.js";
import { ErrorSchema } from "./schemas.js";

/** Per-request variables of the app. */
export interface AppEnv {
  Variables: { requestId: string };
}

export type App = OpenAPIHono<AppEnv>;

/** `content` of a JSON request body or response, for route definitions. */
export function json<T extends z.ZodType>(schema: T) {
  return { "application/json": { schema } } as const;
}

/** OpenAPI responses for the given error codes, grouped by their HTTP status (from HTTP_STATUS). */
export function errorResponses(codes: readonly ErrorCode[]): Record<number, { description: string; content: ReturnType<typeof json<typeof ErrorSchema>> }> {
  const out: Record<number, { description: string; content: ReturnType<typeof json<typeof ErrorSchema>> }> = {};
  for (const code of [...codes, "INTERNAL" as const]) {
    const status = HTTP_STATUS[code];
    const prev = out[status];
    out[status] = { description: prev ? `${prev.description}, ${code}` : code, content: json(ErrorSchema) };
  }
  return out;
}
