import { describe, expect, it } from "vitest";
import { CailiangError, ERROR_CODES } from "@cailiang/core";
import {
  AssessResultSchema,
  createApp,
  ErrorSchema,
  HTTP_STATUS,
  OffenseDetailSchema,
  ReadySchema,
  RulesetDetailSchema,
  RulesetListSchema,
  staticRegistry,
  type RegistryRef,
} from "../src/index.js";
import { capturingLogger, fixtureApp, postJson, REAL_RULES, registryOf, stealInput } from "./helpers.js";

async function errorOf(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = ErrorSchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  expect(body.error.zh).not.toBe("");
  expect(body.error.en).not.toBe("");
  return body.error;
}

describe("service routes", () => {
  it("GET /healthz answers ok with a request id and security headers", async () => {
    const res = await (await fixtureApp()).request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("keeps a sane incoming X-Request-Id and replaces an unsafe one", async () => {
    const app = await fixtureApp();
    const kept = await app.request("/healthz", { headers: { "x-request-id": "case-2025-0042" } });
    expect(kept.headers.get("x-request-id")).toBe("case-2025-0042");
    const replaced = await app.request("/healthz", { headers: { "x-request-id": "bad id\"<script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("GET /readyz lists the live versions and hashes", async () => {
    const res = await (await fixtureApp()).request("/readyz");
    const body = ReadySchema.parse(await res.json());
    expect(body.status).toBe("ready");
    expect(body.rulesets.map((r) => `${r.id}@${r.version}`)).toEqual(["demo-std@1.0.0", "demo-std@1.1.0"]);
    for (const r of body.rulesets) expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body.lastReloadError).toBeNull();
  });

  it("logs one JSON line per request, carrying the request id", async () => {
    const logger = capturingLogger();
    const app = await fixtureApp(logger);
    const res = await app.request("/v1/rulesets");
    const requests = logger.lines.filter((l) => l.msg === "request");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ level: "info", method: "GET", path: "/v1/rulesets", status: 200, requestId: res.headers.get("x-request-id") });
  });
});

describe("browse routes", () => {
  it("GET /v1/rulesets lists every ruleset with its versions", async () => {
    const body = RulesetListSchema.parse(await (await (await fixtureApp()).request("/v1/rulesets")).json());
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ id: "demo-std", title: "测试用裁量基准", authority: "测试局" });
    expect(body[0]?.versions.map((v) => [v.version, v.effectiveFrom, v.effectiveTo])).toEqual([
      ["1.0.0", "2024-01-01", "2024-12-31"],
      ["1.1.0", "2025-01-01", null],
    ]);
  });

  it("GET /v1/rulesets/{id} gives the latest version, or the one in force ?at a day", async () => {
    const app = await fixtureApp();
    const latest = RulesetDetailSchema.parse(await (await app.request("/v1/rulesets/demo-std")).json());
    expect(latest.version).toBe("1.1.0");
    expect(latest.offenses).toEqual([
      { id: "steal-power", title: "盗窃电能", category: "电力" },
      { id: "unsafe-use", title: "危害供电、用电安全", category: "电力" },
    ]);
    expect(latest.circumstances.map((c) => c.id)).toContain("first-offense");
    const old = RulesetDetailSchema.parse(await (await app.request("/v1/rulesets/demo-std?at=2024-05-01")).json());
    expect(old.version).toBe("1.0.0");
    expect(old.offenses.map((o) => o.id)).toEqual(["steal-power"]);
  });

  it("GET /v1/rulesets/{id}: unknown id, no version that day, malformed day", async () => {
    const app = await fixtureApp();
    await errorOf(await app.request("/v1/rulesets/nope"), 404, "RULESET_NOT_FOUND");
    await errorOf(await app.request("/v1/rulesets/demo-std?at=2023-06-01"), 404, "RULESET_NOT_FOUND");
    const bad = await errorOf(await app.request("/v1/rulesets/demo-std?at=2025-02-30"), 400, "INPUT_INVALID");
    expect(bad.issues.map((i) => i.path)).toEqual(["query.at"]);
    const worse = await errorOf(await app.request("/v1/rulesets/demo-std?at=tomorrow"), 400, "INPUT_INVALID");
    expect(worse.issues[0]).toMatchObject({ path: "query.at", zh: expect.stringContaining("YYYY-MM-DD") });
  });

  it("GET /v1/rulesets/{id}/offenses/{offense} gives the whole offense with its facts", async () => {
    const res = await (await fixtureApp()).request("/v1/rulesets/demo-std/offenses/unsafe-use?at=2025-06-01");
    const offense = OffenseDetailSchema.parse(await res.json());
    expect(offense.ruleset).toMatchObject({ id: "demo-std", version: "1.1.0" });
    expect(offense.legalBasis.penalty[0]?.text).toContain("电力管理部门");
    expect(offense.tiers.map((t) => t.id)).toEqual(["light", "heavy"]);
    expect(offense.facts).toEqual([
      { name: "kind", type: "enum", title: "行为类型", required: true, values: [{ value: "overload", title: "擅自超过约定容量用电" }, { value: "tamper", title: "擅自改动计量装置" }] },
      { name: "people", type: "integer", title: "涉及用户", unit: "户", required: false },
    ]);
  });

  it("GET an offense that the version in force does not have: 404 OFFENSE_NOT_FOUND", async () => {
    const app = await fixtureApp();
    const e = await errorOf(await app.request("/v1/rulesets/demo-std/offenses/unsafe-use?at=2024-06-01"), 404, "OFFENSE_NOT_FOUND");
    expect(e.issues[0]?.path).toBe("offense");
    await errorOf(await app.request("/v1/rulesets/demo-std/offenses/nope"), 404, "OFFENSE_NOT_FOUND");
    await errorOf(await app.request("/v1/rulesets/nope/offenses/steal-power"), 404, "RULESET_NOT_FOUND");
  });
});

describe("POST /v1/assess", () => {
  it("assesses a case of the fixture", async () => {
    const res = await postJson(await fixtureApp(), stealInput());
    expect(res.status).toBe(200);
    const result = AssessResultSchema.parse(await res.json());
    expect(result).toMatchObject({ outcome: "penalty", ruleset: { id: "demo-std", version: "1.1.0" }, offense: { id: "steal-power" }, tier: { id: "general" } });
    expect(result.fine?.statutory).toEqual({ min: "0", max: "60002.50" });
  });

  it("assesses dlf-71 of the shipped pack (ruleset left out: the registry holds one)", async () => {
    const app = createApp({ registry: await registryOf(REAL_RULES) });
    const res = await postJson(app, {
      offense: "dlf-71",
      party: { kind: "organization" },
      dates: { act: "2026-03-01", discovered: "2026-03-05", filed: "2026-03-06", decision: "2026-04-10" },
      facts: { unpaidFee: 10000 },
      circumstances: ["first-offense"],
    });
    expect(res.status).toBe(200);
    const result = AssessResultSchema.parse(await res.json());
    expect(result.ruleset.id).toBe("hebei-luquan-gxj");
    expect(result.fine?.recommended.point).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(result.explanation.length).toBeGreaterThan(0);
  });

  it("lists every input issue with its path", async () => {
    const res = await postJson(await fixtureApp(), {
      ...stealInput(),
      party: { kind: "company" },
      dates: { act: "2025-13-01" },
      surprise: true,
    });
    const e = await errorOf(res, 400, "INPUT_INVALID");
    expect(e.issues.map((i) => i.path).sort()).toEqual(["dates.act", "dates.decision", "party.kind", "surprise"]);
    for (const i of e.issues) expect(i.message).toBe(`${i.zh} / ${i.en}`);
  });

  it("rejects a missing, unknown or negative fact and an unknown circumstance with their paths", async () => {
    const app = await fixtureApp();
    const missing = await errorOf(await postJson(app, stealInput({ facts: {} })), 400, "INPUT_INVALID");
    expect(missing.issues.map((i) => i.path)).toContain("facts.unpaidFee");
    const unknown = await errorOf(await postJson(app, stealInput({ facts: { unpaidFee: "1", color: "red" } })), 400, "INPUT_INVALID");
    expect(unknown.issues.map((i) => i.path)).toContain("facts.color");
    const negative = await errorOf(await postJson(app, stealInput({ facts: { unpaidFee: "-5" } })), 400, "INPUT_INVALID");
    expect(negative.issues.map((i) => i.path)).toContain("facts.unpaidFee");
    const circumstance = await errorOf(await postJson(app, stealInput({ circumstances: ["lucky"] })), 400, "INPUT_INVALID");
    expect(circumstance.issues.map((i) => i.path).join()).toContain("circumstances");
  });

  it("unknown ruleset or offense: 404", async () => {
    const app = await fixtureApp();
    await errorOf(await postJson(app, stealInput({ ruleset: "nope" })), 404, "RULESET_NOT_FOUND");
    await errorOf(await postJson(app, stealInput({ offense: "nope" })), 404, "OFFENSE_NOT_FOUND");
  });

  it("malformed JSON: 400 INPUT_INVALID", async () => {
    const app = await fixtureApp();
    const e = await errorOf(await postJson(app, '{"offense": "steal-power",'), 400, "INPUT_INVALID");
    expect(e.issues[0]?.code).toBe("JSON_SYNTAX");
    await errorOf(await postJson(app, ""), 400, "INPUT_INVALID");
  });

  it("a body that is not JSON by its content type: 415", async () => {
    const app = await fixtureApp();
    await errorOf(await app.request("/v1/assess", { method: "POST", body: "offense=steal-power", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
    await errorOf(await app.request("/v1/assess", { method: "POST", body: JSON.stringify(stealInput()) , headers: { "content-type": "text/plain" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
    const ok = await postJson(app, stealInput(), { "content-type": "application/json; charset=utf-8" });
    expect(ok.status).toBe(200);
  });

  it("a body over the limit: 413, whether declared by Content-Length or streamed", async () => {
    const app = await fixtureApp();
    const big = JSON.stringify({ ...stealInput(), pad: "x".repeat(70 * 1024) });
    await errorOf(await postJson(app, big), 413, "PAYLOAD_TOO_LARGE");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await app.request("/v1/assess", { method: "POST", body: stream, headers: { "content-type": "application/json", "transfer-encoding": "chunked" }, duplex: "half" } as RequestInit);
    await errorOf(streamed, 413, "PAYLOAD_TOO_LARGE");
    const small = createApp({ registry: await registryOf(REAL_RULES), maxBodyBytes: 100 });
    await errorOf(await postJson(small, stealInput()), 413, "PAYLOAD_TOO_LARGE");
  });
});

describe("errors", () => {
  it("unknown routes get the envelope: 404 ROUTE_NOT_FOUND; known routes with a wrong method 405", async () => {
    const app = await fixtureApp();
    await errorOf(await app.request("/v2/assess"), 404, "ROUTE_NOT_FOUND");
    const wrongMethod = await app.request("/v1/assess");
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    await errorOf(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    await errorOf(await app.request("/docs/../../package.json"), 404, "ROUTE_NOT_FOUND");
    await errorOf(await app.request("/docs/index.js"), 404, "ROUTE_NOT_FOUND");
  });

  it("an unexpected throw is INTERNAL with no detail for the client, and logged with the request id", async () => {
    const logger = capturingLogger();
    const broken: RegistryRef = {
      current: () => {
        throw new TypeError("secret internals at /srv/app.js:12");
      },
      loadedAt: () => "2025-01-01T00:00:00.000Z",
      lastReloadError: () => null,
      removedVersions: () => [],
    };
    const app = createApp({ registryRef: broken, logger });
    const res = await app.request("/v1/rulesets");
    const text = await res.clone().text();
    await errorOf(res, 500, "INTERNAL");
    expect(text).not.toMatch(/secret|TypeError|app\.js|stack/);
    const logged = logger.lines.find((l) => l.msg === "unexpected error");
    expect(logged).toMatchObject({ level: "error", requestId: res.headers.get("x-request-id") });
    expect(JSON.stringify(logged)).toContain("secret internals");
  });

  it("rule data at fault is RULESET_INVALID (500) with the rule's location", async () => {
    const registry = await registryOf(REAL_RULES);
    const faulty: RegistryRef = {
      ...staticRegistry(registry),
      current: () => {
        throw new CailiangError("RULESET_INVALID", "阶次留有空档", "The tiers leave a gap", [
          { code: "TIERS_GAP", path: "offenses[0].tiers", zh: "阶次留有空档", en: "The tiers leave a gap", file: "rules/x/1.0.0/offenses/a.json", line: 40, column: 3 },
        ]);
      },
    };
    const e = await errorOf(await createApp({ registryRef: faulty }).request("/v1/rulesets"), 500, "RULESET_INVALID");
    expect(e.issues[0]).toMatchObject({ file: "rules/x/1.0.0/offenses/a.json", line: 40, column: 3 });
  });

  it("maps every error code to one HTTP status", () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    expect(HTTP_STATUS).toMatchObject({ INPUT_INVALID: 400, RULESET_NOT_FOUND: 404, OFFENSE_NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413, UNSUPPORTED_MEDIA_TYPE: 415, ROUTE_NOT_FOUND: 404, RULESET_INVALID: 500, INTERNAL: 500 });
  });
});

describe("docs", () => {
  it("GET /docs serves Swagger UI from local files, pointed at /openapi.json", async () => {
    const app = await fixtureApp();
    const page = await app.request("/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="docs/swagger-ui-bundle.js"');
    expect(html).not.toMatch(/https?:\/\//);
    const init = await (await app.request("/docs/init.js")).text();
    expect(init).toContain('url: "openapi.json"');
    const bundle = await app.request("/docs/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toMatch(/javascript/);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    const css = await app.request("/docs/swagger-ui.css");
    expect(css.headers.get("content-type")).toMatch(/text\/css/);
  });
});
