import { createRoute } from "@hono/zod-openapi";
import { json, type App } from "../env.js";
import type { Lifecycle } from "../http-server.js";
import { liveVersions, type RegistryRef } from "../rules.js";
import { HealthSchema, ReadySchema } from "../schemas.js";

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["service"],
  operationId: "health",
  summary: "Alive",
  responses: { 200: { description: "The process answers", content: json(HealthSchema) } },
});

const readyRoute = createRoute({
  method: "get",
  path: "/readyz",
  tags: ["service"],
  operationId: "ready",
  summary: "Rules loaded: which versions and hashes are live, and the last failed reload if any",
  responses: {
    200: { description: "Ready", content: json(ReadySchema) },
    503: { description: "Shutting down (status `draining`): take this instance out of rotation", content: json(ReadySchema) },
  },
});

/** GET /healthz and /readyz (503 once the server is draining). */
export function serviceRoutes(app: App, rules: RegistryRef, lifecycle: Lifecycle): void {
  app.openapi(healthRoute, (c) => c.json({ status: "ok" as const }, 200));
  app.openapi(readyRoute, (c) => {
    const body = {
      loadedAt: rules.loadedAt(),
      rulesets: liveVersions(rules.current()),
      lastReloadError: rules.lastReloadError(),
      removedVersions: rules.removedVersions(),
    };
    return lifecycle.draining ? c.json({ status: "draining" as const, ...body }, 503) : c.json({ status: "ready" as const, ...body }, 200);
  });
}
