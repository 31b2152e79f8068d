import { createRoute, z } from "@hono/zod-openapi";
import type { CompiledRuleset } from "@cailiang/core";
import { errorResponses, json, type App } from "../env.js";
import { PARAM_EXAMPLES } from "../openapi.js";
import type { RegistryRef } from "../rules.js";
import { idPathParam, IsoDateParam, OffenseDetailSchema, RulesetDetailSchema, RulesetListSchema } from "../schemas.js";

const AtQuery = z.object({
  at: IsoDateParam.optional().openapi({
    param: { name: "at", in: "query" },
    description: "The day (YYYY-MM-DD) whose version in force is wanted; the latest version when left out",
    example: PARAM_EXAMPLES.at,
  }),
});
const idParam = idPathParam("id", PARAM_EXAMPLES.id);
const offenseParam = idPathParam("offense", PARAM_EXAMPLES.offense);

const listRoute = createRoute({
  method: "get",
  path: "/v1/rulesets",
  tags: ["rulesets"],
  operationId: "listRulesets",
  summary: "Every ruleset with its versions",
  responses: { 200: { description: "Rulesets", content: json(RulesetListSchema) }, ...errorResponses([]) },
});

const rulesetRoute = createRoute({
  method: "get",
  path: "/v1/rulesets/{id}",
  tags: ["rulesets"],
  operationId: "getRuleset",
  summary: "The version in force on a day: metadata, general circumstances, offenses",
  request: { params: z.object({ id: idParam }), query: AtQuery },
  responses: {
    200: { description: "The ruleset version", content: json(RulesetDetailSchema) },
    ...errorResponses(["INPUT_INVALID", "RULESET_NOT_FOUND"]),
  },
});

const offenseRoute = createRoute({
  method: "get",
  path: "/v1/rulesets/{id}/offenses/{offense}",
  tags: ["rulesets"],
  operationId: "getOffense",
  summary: "The whole offense, with the facts a client needs to build its input form",
  request: { params: z.object({ id: idParam, offense: offenseParam }), query: AtQuery },
  responses: {
    200: { description: "The offense", content: json(OffenseDetailSchema) },
    ...errorResponses(["INPUT_INVALID", "RULESET_NOT_FOUND", "OFFENSE_NOT_FOUND"]),
  },
});

/** GET /v1/rulesets, /v1/rulesets/{id}, /v1/rulesets/{id}/offenses/{offense}. */
export function rulesetRoutes(app: App, rules: RegistryRef): void {
  app.openapi(listRoute, (c) => c.json(rules.current().list(), 200));

  app.openapi(rulesetRoute, (c) => {
    const { id } = c.req.valid("param");
    const { at } = c.req.valid("query");
    return c.json(rulesetDetail(rules.current().get(id, at)), 200);
  });

  app.openapi(offenseRoute, (c) => {
    const { id, offense } = c.req.valid("param");
    const { at } = c.req.valid("query");
    const { ruleset, offense: found } = rules.current().offense(id, offense, at);
    const { $schema: _schema, ...def } = found.def;
    return c.json({ ...def, ruleset: { id: ruleset.def.id, version: ruleset.def.version, hash: ruleset.hash } }, 200);
  });
}

function rulesetDetail(r: CompiledRuleset): z.infer<typeof RulesetDetailSchema> {
  const { $schema: _schema, offenses, ...meta } = r.def;
  return { ...meta, hash: r.hash, offenses: offenses.map((o) => ({ id: o.id, title: o.title, category: o.category })) };
}
