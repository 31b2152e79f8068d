import { createRoute, z } from "@hono/zod-openapi";
import { json, type App } from "../env.js";
import type { Lifecycle } from "../http-server.js";
import type { Metrics } from "../metrics.js";
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

const metricsRoute = createRoute({
  method: "get",
  path: "/metrics",
  tags: ["service"],
  operationId: "metrics",
  summary: "Prometheus metrics: requests by route and status, latency, event-loop lag, open connections, reloads, live ruleset hashes",
  responses: { 200: { description: "Prometheus text exposition format", content: { "text/plain": { schema: z.string() } } } },
});

/** GET /healthz, /readyz (503 once the server is draining) and /metrics. */
export function serviceRoutes(app: App, rules: RegistryRef, lifecycle: Lifecycle, metrics: Metrics): void {
  app.openapi(metricsRoute, async (c) => c.text(await metrics.registry.metrics(), 200, { "content-type": metrics.registry.contentType }));
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
