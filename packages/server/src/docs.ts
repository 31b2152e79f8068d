import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { App } from "./env.js";
import { routeNotFound } from "./errors.js";
import { splitDefaults } from "./openapi.js";

/** The swagger-ui-dist files /docs needs, served from the installed package (no internet on the intranet). */
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
  "favicon-16x16.png": "image/png",
};

// Relative URLs, so the page also works behind a reverse proxy that adds a path prefix.
const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>cailiang API</title>
<link rel="stylesheet" href="docs/swagger-ui.css">
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

// A file, not an inline script: the content security policy allows scripts from 'self' only.
const INIT = `window.ui = SwaggerUIBundle({ url: "openapi.json", dom_id: "#swagger-ui", deepLinking: true });\n`;

/** GET /openapi.json (OpenAPI 3.1 from the zod schemas) and GET /docs (Swagger UI pointed at it). */
export function docsRoutes(app: App, info: { title: string; version: string; description: string }): void {
  let document: unknown;
  app.get("/openapi.json", (c) => {
    document ??= splitDefaults(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: { ...info, license: { name: "MIT", url: "https://opensource.org/licenses/MIT" } },
        servers: [{ url: "/", description: "This server" }],
        // No authentication: the API is meant for an intranet, behind the operator's own gateway.
        security: [],
        tags: TAGS,
      }) as unknown as Record<string, unknown>,
    );
    return c.json(document as object);
  });
  app.get("/docs", (c) => c.html(PAGE));
  app.get("/docs/init.js", (c) => c.body(INIT, 200, { "content-type": "text/javascript; charset=utf-8" }));
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  app.get("/docs/:file", async (c) => {
    const file = c.req.param("file");
    const type = ASSETS[file];
    if (!type) throw routeNotFound(c.req.method, c.req.path);
    let body = cache.get(file);
    if (!body) {
      body = new Uint8Array(await readFile(join(swaggerUiDir(), file)));
      cache.set(file, body);
    }
    return c.body(body, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
}

const TAGS = [
  { name: "assess", description: "裁量：assess a case" },
  { name: "rulesets", description: "规则集：browse the standards" },
  { name: "service", description: "Liveness and readiness" },
];

function swaggerUiDir(): string {
  return dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
}
