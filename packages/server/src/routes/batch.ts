import { z } from "@hono/zod-openapi";
import { assessMany, BatchRequest, CailiangError, MAX_BATCH_CASES } from "@cailiang/core";
import { zodIssues } from "@cailiang/core/schemas";
import type { Context } from "hono";
import { limitBody } from "../body-limit.js";
import { errorResponses, json, type App, type AppEnv } from "../env.js";
import type { RegistryRef } from "../rules.js";
import { AssessInputSchema, AssessResultSchema, ErrorSchema } from "../schemas.js";
import { parseJson, requireJson } from "./assess.js";
import { ASSESS_EXAMPLE } from "../openapi.js";

/**
 * The body limit of the batch routes only: 1,000 cases of up to 4 KiB each. The other routes
 * keep their own limit.
 */
export const BATCH_MAX_BODY_BYTES = MAX_BATCH_CASES * 4 * 1024;

/** The middleware of a batch route: JSON only, within the batch body limit. */
export const batchBody = [
  requireJson,
  limitBody(BATCH_MAX_BODY_BYTES),
] as const;

/** The cases of a batch body; more than 1,000 (or no `cases` list) is a 400 with the path. */
export async function readCases(c: Context<AppEnv>): Promise<unknown[]> {
  const r = BatchRequest.safeParse(parseJson(await c.req.text()));
  if (!r.success) {
    const issues = zodIssues(r.error);
    throw new CailiangError("INPUT_INVALID", `请求须为 { "cases": [...] }，一次最多 ${MAX_BATCH_CASES} 件`, `The body must be { "cases": [...] } with at most ${MAX_BATCH_CASES} cases`, issues);
  }
  return r.data.cases;
}

/** The inner object of the error envelope, for per-case errors. */
export const CaseErrorSchema = ErrorSchema.shape.error;

const AssessBatchRequestSchema = z.strictObject({ cases: z.array(AssessInputSchema).max(MAX_BATCH_CASES) }).openapi("AssessBatchRequest");
const AssessBatchResponseSchema = z
  .strictObject({
    results: z.array(z.union([z.strictObject({ index: z.number().int(), result: AssessResultSchema }), z.strictObject({ index: z.number().int(), error: CaseErrorSchema })])),
  })
  .openapi("AssessBatchResponse");

/** POST /v1/assess/batch: each case assessed on its own; one bad case never fails the others. */
export function batchRoutes(app: App, rules: RegistryRef): void {
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/assess/batch",
    tags: ["assess"],
    summary: `Assess up to ${MAX_BATCH_CASES} cases (批量裁量)`,
    description: "Each case gets its own result or error (the inner object of the error envelope), by index in input order.",
    operationId: "assessBatch",
    request: { body: { required: true, content: { "application/json": { schema: AssessBatchRequestSchema, example: { cases: [ASSESS_EXAMPLE] } } } } },
    responses: {
      200: { description: "One entry per case, in input order", content: json(AssessBatchResponseSchema) },
      ...errorResponses(["INPUT_INVALID", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE"]),
    },
  });

  app.post("/v1/assess/batch", ...batchBody, async (c) => c.json(await assessMany(rules.current(), await readCases(c)), 200));
}
