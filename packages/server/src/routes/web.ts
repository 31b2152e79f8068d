import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import type { Registry } from "@cailiang/core";
import { readRulesDir } from "@cailiang/core/node";
import type { App } from "../env.js";
import { routeNotFound } from "../errors.js";
import type { RegistryRef } from "../rules.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/**
 * The workbench for legal staff (packages/web, built to static files) at `/`, and `/rules.json`:
 * the rule files the page checks and computes with, in the browser. Only the files the build
 * wrote are served (a fixed list read once), under the app's security headers.
 */
export function webRoutes(app: App, rules: RegistryRef): void {
  const dist = join(dirname(createRequire(import.meta.url).resolve("@cailiang/web/package.json")), "dist");
  let assets: Promise<Set<string>> | undefined;
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  const send = async (file: string) => {
    let body = cache.get(file);
    if (!body) {
      body = new Uint8Array(await readFile(join(dist, file)));
      cache.set(file, body);
    }
    return body;
  };

  app.get("/", async (c) => {
    try {
      return c.body(await send("index.html"), 200, { "content-type": TYPES[".html"] as string, "cache-control": "no-cache" });
    } catch {
      return c.text("工作台尚未构建：请先运行 npm run build / The workbench is not built: run npm run build", 503);
    }
  });
  app.get("/assets/:file", async (c) => {
    const file = c.req.param("file");
    assets ??= readdir(join(dist, "assets")).then((names) => new Set(names)).catch(() => new Set<string>());
    const type = TYPES[extname(file)];
    if (!type || !(await assets).has(file)) throw routeNotFound(c.req.method, c.req.path);
    // Vite puts a content hash in every asset's name: it may be cached for good.
    return c.body(await send(`assets/${file}`), 200, { "content-type": type, "cache-control": "public, max-age=31536000, immutable" });
  });
  app.get("/rules.json", async (c) => c.json({ versions: await servedVersions(rules) }, 200, { "cache-control": "no-cache" }));
}

/**
 * The rule files as read from the rules directory (so the page can show their lines and run their
 * cases). For an app built on a registry alone, or while a broken edit keeps the last good rules
 * serving, each live version as one file from its data: the page computes with what the API serves.
 */
async function servedVersions(rules: RegistryRef): Promise<unknown[]> {
  if ("dir" in rules && typeof rules.dir === "string" && rules.lastReloadError() === null) return readRulesDir(rules.dir);
  return fromRegistry(rules.current());
}

function fromRegistry(registry: Registry): unknown[] {
  return registry.list().flatMap((r) =>
    registry.versions(r.id).map((v) => ({
      standard: r.id,
      source: { files: [{ path: `${r.id}/${v.def.version}.json`, text: JSON.stringify(v.def, null, 2) }] },
      caseFiles: [],
    })),
  );
}
