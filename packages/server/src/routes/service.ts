import { createRoute } from "@hono/zod-openapi";
import { json, type App } from "../env.js";
import { liveVersions, type RegistryRef } from "../rules.js";
import { HealthSchema, ReadySchema } from "../schemas.js";

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["service"],
  summary: "Alive",
  responses: { 200: { description: "The process answers", content: json(HealthSchema) } },
});

const readyRoute = createRoute({
  method: "get",
  path: "/readyz",
  tags: ["service"],
  summary: "Rules loaded: which versions and hashes are live, and the last failed reload if any",
  responses: { 200: { description: "Ready", content: json(ReadySchema) } },
});

/** GET /healthz and /readyz. */
export function serviceRoutes(app: App, rules: RegistryRef): void {
  app.openapi(healthRoute, (c) => c.json({ status: "ok" as const }, 200));
  app.openapi(readyRoute, (c) =>
    c.json(
      {
        status: "ready" as const,
        loadedAt: rules.loadedAt(),
        rulesets: liveVersions(rules.current()),
        lastReloadError: rules.lastReloadError(),
      },
      200,
    ),
  );
}
