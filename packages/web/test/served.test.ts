import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Registry } from "@cailiang/core";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { createApp, type RunningServer } from "@cailiang/server";
import { FIXTURES, RULES, serve } from "./browser.js";

// `npm start` serves the workbench at / beside the API, under the same security headers.

let server: RunningServer;
beforeAll(async () => {
  server = await serve(RULES);
});
afterAll(() => server?.close());

describe("the workbench beside the API", () => {
  it("GET / is the page, under the API's own security headers", async () => {
    const [page, health] = await Promise.all([fetch(`${server.url}/`), fetch(`${server.url}/healthz`)]);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = page.headers.get("content-security-policy");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toBe(health.headers.get("content-security-policy"));
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).toContain('<div id="app"></div>');
  });

  it("serves the built assets, and nothing else from the disk", async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${server.url}/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toContain("immutable");
    for (const path of ["/assets/nope.js", "/assets/..%2Fpackage.json", "/assets/%2E%2E%2F%2E%2E%2Fpackage.json"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("ROUTE_NOT_FOUND");
    }
  });

  it("GET /rules.json hands out the rule and case files the API serves, which validate to the same versions", async () => {
    const bundle = (await (await fetch(`${server.url}/rules.json`)).json()) as { versions: Array<{ source: { files: Array<{ path: string; text: string }> }; caseFiles: unknown[] }> };
    expect(bundle.versions[0]?.source.files.some((f) => f.path.endsWith("offenses/dlf-71.json"))).toBe(true);
    expect(bundle.versions[0]?.caseFiles.length).toBeGreaterThan(0);
    const { registry } = await Registry.check(bundle.versions.map((v) => v.source));
    const live = (await (await fetch(`${server.url}/v1/rulesets`)).json()) as unknown;
    expect(registry?.list().map((r) => ({ id: r.id, versions: r.versions.map((v) => v.hash) }))).toEqual(
      (live as Array<{ id: string; versions: Array<{ hash: string }> }>).map((r) => ({ id: r.id, versions: r.versions.map((v) => v.hash) })),
    );
  });

  it("an app built on a registry alone serves each version from its data, with the same content hash", async () => {
    const registry = await loadRegistryFromDir(`${FIXTURES}versions`);
    const app = createApp({ registry });
    const bundle = (await (await app.request("/rules.json")).json()) as { versions: Array<{ source: { files: Array<{ path: string; text: string }> } }> };
    expect(bundle.versions).toHaveLength(3);
    const again = await Registry.load(bundle.versions.map((v) => v.source));
    expect(again.list()).toEqual(registry.list());
  });
});
