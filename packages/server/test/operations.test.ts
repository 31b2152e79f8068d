import { afterEach, describe, expect, it } from "vitest";
import { configFromEnv, createApp, ErrorSchema, startServer, type RunningServer } from "../src/index.js";
import { capturingLogger, FIXTURE_RULES, registryOf } from "./helpers.js";

describe("what operators need", () => {
  const running: RunningServer[] = [];
  afterEach(async () => {
    for (const s of running.splice(0)) await s.close();
  });

  it("GET /metrics: requests by route and status, latency, event-loop lag, open connections, reloads, live hashes", async () => {
    const server = await startServer({ host: "127.0.0.1", port: 0, rulesDir: FIXTURE_RULES, logger: capturingLogger(), watch: false });
    running.push(server);
    await fetch(`${server.url}/v1/rulesets/demo-std`);
    await fetch(`${server.url}/v1/rulesets/demo-std`);
    await fetch(`${server.url}/v1/rulesets/no-such`);
    await fetch(`${server.url}/nowhere/${"x".repeat(50)}`);
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('cailiang_http_requests_total{method="GET",route="/v1/rulesets/:id",status="200"} 2');
    expect(text).toContain('cailiang_http_requests_total{method="GET",route="/v1/rulesets/:id",status="404"} 1');
    // An unknown path is counted under one label, never under the path itself.
    expect(text).toContain('cailiang_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect(text).not.toContain("nowhere");
    expect(text).toMatch(/cailiang_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/v1\/rulesets\/:id"\} \d+/);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^cailiang_http_open_connections [1-9]/m);
    expect(text).toContain('cailiang_rules_reloads_total{result="success"} 0');
    expect(text).toContain('cailiang_rules_reloads_total{result="failure"} 0');
    expect(text).toMatch(/cailiang_ruleset_info\{id="demo-std",version="1\.1\.0",hash="sha256:[0-9a-f]{64}",effective_from="\d{4}-\d{2}-\d{2}"\} 1/);
    expect(text).toContain('cailiang_rules_removed_versions{in_force="true"} 0');
  });

  it("CORS is off by default, and allows exactly the configured origins", async () => {
    const registry = await registryOf(FIXTURE_RULES);
    const closed = createApp({ registry });
    const plain = await closed.request("/v1/rulesets", { headers: { origin: "https://app.example" } });
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();

    const open = createApp({ registry, corsOrigins: ["https://app.example"] });
    const allowed = await open.request("/v1/rulesets", { headers: { origin: "https://app.example" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const other = await open.request("/v1/rulesets", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await open.request("/v1/assess", { method: "OPTIONS", headers: { origin: "https://app.example", "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("the per-client rate limit is off by default; when on, 429 RATE_LIMITED with Retry-After, probes exempt", async () => {
    const registry = await registryOf(FIXTURE_RULES);
    const unlimited = createApp({ registry });
    for (let i = 0; i < 50; i++) expect((await unlimited.request("/v1/rulesets")).status).toBe(200);

    const limited = createApp({ registry, rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await limited.request("/v1/rulesets")).status).toBe(200);
    const refused = await limited.request("/v1/rulesets");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(ErrorSchema.parse(await refused.json()).error.code).toBe("RATE_LIMITED");
    expect((await limited.request("/healthz")).status).toBe(200);
    expect((await limited.request("/readyz")).status).toBe(200);
  });

  it("reads CORS origins and the rate limit from the environment", () => {
    expect(configFromEnv({})).toMatchObject({ CORS_ORIGINS: [], RATE_LIMIT_PER_MINUTE: 0 });
    expect(configFromEnv({ CORS_ORIGINS: "https://a.example, http://b.example:8080", RATE_LIMIT_PER_MINUTE: "120" })).toMatchObject({
      CORS_ORIGINS: ["https://a.example", "http://b.example:8080"],
      RATE_LIMIT_PER_MINUTE: 120,
    });
    expect(() => configFromEnv({ CORS_ORIGINS: "*" })).toThrow(/CORS_ORIGINS/);
  });
});
