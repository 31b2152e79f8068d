import type { Server } from "node:http";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { liveVersions, type RegistryRef } from "./rules.js";

/**
 * The server's Prometheus metrics (prom-client), in a registry of their own so that several
 * servers in one process (tests) do not share counters. Node's default metrics are included:
 * event-loop lag (`nodejs_eventloop_lag_*`), heap, GC, handles.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: "cailiang_http_requests_total",
    help: "HTTP requests answered, by method, route and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: "cailiang_http_request_duration_seconds",
    help: "Time to answer, by method and route",
    labelNames: ["method", "route"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: "cailiang_rules_reloads_total",
    help: "Rules reloads that read the directory, by result (success: validated; failure: refused, the last good rules kept)",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });

  constructor(rules: RegistryRef) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: "cailiang_ruleset_info",
      help: "The live ruleset versions (value 1), with their content hashes",
      labelNames: ["id", "version", "hash", "effective_from"] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const v of liveVersions(rules.current())) this.set({ id: v.id, version: v.version, hash: v.hash, effective_from: v.effectiveFrom }, 1);
      },
    });
    new Gauge({
      name: "cailiang_rules_removed_versions",
      help: "Versions a reload removed (in_force: in force on the day removed); requests dated in them fail",
      labelNames: ["in_force"] as const,
      registers: [this.registry],
      collect() {
        const removed = rules.removedVersions();
        this.set({ in_force: "true" }, removed.filter((v) => v.inForce).length);
        this.set({ in_force: "false" }, removed.filter((v) => !v.inForce).length);
      },
    });
    for (const result of ["success", "failure"] as const) this.reloads.inc({ result }, 0);
  }

  /** The counter and histogram of one method, route and status, looked up once (prom-client hashes labels on every call). */
  private readonly series = new Map<string, { count: () => void; time: (seconds: number) => void }>();

  /** One answered request; `route` is the matched route pattern (never the raw path: bounded labels). */
  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let s = this.series.get(key);
    if (!s) {
      const counter = this.requests.labels({ method, route, status: String(status) });
      const histogram = this.latency.labels({ method, route });
      s = { count: () => counter.inc(), time: (t) => histogram.observe(t) };
      this.series.set(key, s);
    }
    s.count();
    s.time(seconds);
  }

  reloaded(ok: boolean): void {
    this.reloads.inc({ result: ok ? "success" : "failure" });
  }

  /** Open connections of the Node server, read at each scrape, and those refused above the cap. */
  trackConnections(server: Server): void {
    const dropped = new Counter({
      name: "cailiang_http_dropped_connections_total",
      help: "Connections refused because MAX_CONNECTIONS were open",
      registers: [this.registry],
    });
    server.on("drop", () => dropped.inc());
    new Gauge({
      name: "cailiang_http_open_connections",
      help: "Open HTTP connections",
      registers: [this.registry],
      async collect() {
        this.set(await new Promise<number>((resolve) => server.getConnections((err, n) => resolve(err ? 0 : n))));
      },
    });
  }
}
