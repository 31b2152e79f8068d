import { assessSync } from "@cailiang/core";
import { limitBody } from "../body-limit.js";
import type { MiddlewareHandler } from "hono";
import { errorResponses, json, type App, type AppEnv } from "../env.js";
import { malformedJson, unsupportedMediaType } from "../errors.js";
import { ASSESS_EXAMPLE } from "../openapi.js";
import type { RegistryRef } from "../rules.js";
import { AssessInputSchema, AssessResultSchema } from "../schemas.js";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** 415 unless the body is declared as JSON. */
export const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("content-type");
  if (!type || !JSON_TYPE.test(type)) throw unsupportedMediaType(type);
  await next();
};

/**
 * POST /v1/assess. The body is validated once, by the core's `assess` (the same AssessInput
 * schema the document shows), so every issue comes back with its JSON path in both languages.
 */
export function assessRoutes(app: App, rules: RegistryRef, maxBodyBytes: number): void {
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/assess",
    tags: ["assess"],
    operationId: "assess",
    summary: "Assess one case (裁量)",
    description: "Outcome, tier, penalties, fine range and point, procedure and deadlines, with an explanation citing the law.",
    request: { body: { required: true, content: { "application/json": { schema: AssessInputSchema, example: ASSESS_EXAMPLE } } } },
    responses: {
      200: { description: "The assessment", content: json(AssessResultSchema) },
      ...errorResponses(["INPUT_INVALID", "RULESET_NOT_FOUND", "OFFENSE_NOT_FOUND", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "RULESET_INVALID"]),
    },
  });

  app.post(
    "/v1/assess",
    requireJson,
    limitBody(maxBodyBytes),
    async (c) => c.json(assessSync(rules.current(), parseJson(await c.req.text())), 200),
  );
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformedJson();
  }
}
