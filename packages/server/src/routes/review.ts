import { z } from "@hono/zod-openapi";
import { DecidedCase, Finding, FindingCodeSchema, MAX_BATCH_CASES, reviewMany } from "@cailiang/core";
import { errorResponses, json, type App } from "../env.js";
import type { RegistryRef } from "../rules.js";
import { batchBody, CaseErrorSchema, readCases } from "./batch.js";
import { REVIEW_EXAMPLE } from "../openapi.js";

// The core built these before @hono/zod-openapi extended zod: name them through the prototype (as schemas.ts does).
const DecidedCaseSchema = z.ZodType.prototype.openapi.call(DecidedCase, "DecidedCase") as typeof DecidedCase;
const FindingSchema = z.ZodType.prototype.openapi.call(Finding, "Finding") as typeof Finding;

const ReviewRequestSchema = z.strictObject({ cases: z.array(DecidedCaseSchema).max(MAX_BATCH_CASES) }).openapi("ReviewRequest");
const ReviewResponseSchema = z
  .strictObject({
    results: z.array(
      z.union([
        z.strictObject({ index: z.number().int(), caseNumber: z.string().nullable(), findings: z.array(FindingSchema) }),
        z.strictObject({ index: z.number().int(), caseNumber: z.string().nullable(), error: CaseErrorSchema }),
      ]),
    ),
    summary: z.strictObject({
      cases: z.number().int(),
      withErrors: z.number().int(),
      withWarnings: z.number().int(),
      byCode: z.partialRecord(FindingCodeSchema, z.number().int()).describe("Findings by code"),
    }),
  })
  .openapi("ReviewResponse");

/** POST /v1/review: decided cases judged against the standard (案卷评查), with a summary. */
export function reviewRoutes(app: App, rules: RegistryRef): void {
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/review",
    tags: ["review"],
    summary: `Review up to ${MAX_BATCH_CASES} decided cases (案卷评查)`,
    description: "Each decided case gets its findings (code, severity, basis, path of the decided value at fault), or an error when it cannot be reviewed (malformed, no version in force).",
    operationId: "review",
    request: { body: { required: true, content: { "application/json": { schema: ReviewRequestSchema, example: { cases: [REVIEW_EXAMPLE] } } } } },
    responses: {
      200: { description: "Findings per case, in input order, and the summary", content: json(ReviewResponseSchema) },
      ...errorResponses(["INPUT_INVALID", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE"]),
    },
  });

  app.post("/v1/review", ...batchBody, async (c) => c.json(await reviewMany(rules.current(), await readCases(c)), 200));
}
