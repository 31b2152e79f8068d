import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { fixtureApp } from "./helpers.js";

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: Array<{ name: string; in: string }> }>>;
  components: { schemas: Record<string, unknown> };
}

async function document(): Promise<Doc> {
  const res = await (await fixtureApp()).request("/openapi.json");
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route of API.md with its errors", async () => {
    const doc = await document();
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/healthz",
      "/metrics",
      "/readyz",
      "/v1/assess",
      "/v1/assess/batch",
      "/v1/review",
      "/v1/rulesets",
      "/v1/rulesets/{id}",
      "/v1/rulesets/{id}/offenses/{offense}",
    ]);
    expect(Object.keys(doc.paths["/v1/assess"]?.post?.responses ?? {}).sort()).toEqual(["200", "400", "404", "413", "415", "500"]);
    expect(doc.paths["/v1/rulesets/{id}/offenses/{offense}"]?.get?.parameters?.map((p) => `${p.in}:${p.name}`).sort()).toEqual(["path:id", "path:offense", "query:at"]);
  });

  it("names the core's schemas as components, the recursive condition included", async () => {
    const { components } = await document();
    for (const name of ["AssessInput", "AssessResult", "Condition", "Error", "OffenseDetail", "RulesetDetail", "RulesetList", "Ready"]) {
      expect(components.schemas).toHaveProperty(name);
    }
    expect(JSON.stringify(components.schemas.AssessInput)).toContain('"decision"');
    expect(JSON.stringify(components.schemas.Condition)).toContain('"$ref":"#/components/schemas/Condition"');
  });
});
