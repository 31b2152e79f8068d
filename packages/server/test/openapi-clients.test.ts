import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/index.js";
import { REAL_RULES, registryOf } from "./helpers.js";

// The document as integrators use it: linted by Redocly, turned into a TypeScript client by
// openapi-typescript, and tried in Swagger with its examples against the shipped pack.

const exec = promisify(execFile);
const BIN = (name: string) => fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url));

interface Operation {
  operationId?: string;
  parameters?: Array<{ name: string; in: "path" | "query"; required?: boolean; example?: unknown; schema?: { example?: unknown } }>;
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, unknown>;
}
type Doc = { paths: Record<string, Record<string, Operation>>; servers?: unknown[] } & Record<string, unknown>;

describe("the OpenAPI document for integrators", () => {
  let app: App;
  let doc: Doc;
  let dir: string;
  beforeAll(async () => {
    app = createApp({ registry: await registryOf(REAL_RULES) });
    doc = (await (await app.request("/openapi.json")).json()) as Doc;
    dir = await mkdtemp(join(tmpdir(), "cailiang-openapi-"));
    await writeFile(join(dir, "openapi.json"), JSON.stringify(doc));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("passes redocly lint (recommended rules) with 0 errors", async () => {
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
    const run = await exec(BIN("redocly"), ["lint", join(dir, "openapi.json"), "--format=stylish"], { env }).catch((e: { stdout: string; stderr: string; code: number }) => e);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\berror\b/);
    expect("code" in run ? run.code : 0).toBe(0);
  }, 60_000);

  it("has an operationId on every operation, and servers", () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it("documents ROUTE_NOT_FOUND and METHOD_NOT_ALLOWED", () => {
    const text = JSON.stringify(doc);
    expect(text).toContain("ROUTE_NOT_FOUND 404");
    expect(text).toContain("METHOD_NOT_ALLOWED 405");
  });

  it("gives a client from openapi-typescript that typechecks calls leaving out every defaulted field, and required defaulted fields in responses", async () => {
    await writeFile(join(dir, "api.d.ts"), astToString(await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0])));
    await writeFile(
      join(dir, "client.ts"),
      `import type { components, paths } from "./api";
type Input = paths["/v1/assess"]["post"]["requestBody"]["content"]["application/json"];
// No concurrent, party.capacity, facts or circumstances: the server defaults them.
export const input: Input = { offense: "dlf-71", party: { kind: "organization" }, dates: { act: "2026-03-01", decision: "2026-06-10" } };
// In responses, defaulted fields are always there.
type Offense = components["schemas"]["OffenseDetail"];
export const facts = (o: Offense): Offense["facts"][number][] => o.facts;
export const years = (o: Offense): number => o.limitation.years;
type Ruleset = components["schemas"]["RulesetDetail"];
export const period = (r: Ruleset): number => r.settings.decisionPeriodDays;
`,
    );
    const program = ts.createProgram([join(dir, "client.ts")], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: false, types: [] });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it("has examples valid for the shipped pack: each one, sent as documented, gets the documented status", async () => {
    let sent = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        let url = path;
        const query = new URLSearchParams();
        for (const p of op.parameters ?? []) {
          const example = p.example ?? p.schema?.example;
          if (p.in === "path") {
            expect(example, `${method} ${path} ${p.name}`).toBeTypeOf("string");
            url = url.replace(`{${p.name}}`, String(example));
          } else if (example !== undefined) query.set(p.name, String(example));
        }
        const body = op.requestBody?.content["application/json"]?.example;
        if (op.requestBody) expect(body, `${method} ${path} body example`).toBeDefined();
        const res = await app.request(`${url}${query.size ? `?${query}` : ""}`, {
          method: method.toUpperCase(),
          ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
        });
        const documented = Object.keys(op.responses).filter((s) => s.startsWith("2")).sort()[0];
        expect(String(res.status), `${method} ${url}: ${await res.clone().text()}`).toBe(documented);
        sent++;
      }
    }
    expect(sent).toBe(Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0));
  });
});
