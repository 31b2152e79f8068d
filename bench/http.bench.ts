// npm run bench:http: the HTTP cost of an assessment, as a ratio to a bare route of the same app.
// Starts the built server (packages/server/dist/main.js, with its default info-level request logs)
// as a child on 127.0.0.1, then runs autocannon for a bounded time per route:
// POST /v1/assess (dlf-71 of the bundled pack) and GET /healthz, each after a warm-up (BENCH_WARMUP_SECONDS,
// default 8). The last line is one JSON object of the figures.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// On a busy 2-core machine V8 needs ~6-8 s of POST /v1/assess traffic to finish optimising the
// engine (throughput climbs from ~500 to ~3,500 req/s): a 1 s warm-up measured mostly the JIT, so
// each route is warmed for 8 s before it is measured.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const MAIN = fileURLToPath(new URL("../packages/server/dist/main.js", import.meta.url));

const assessBody = JSON.stringify({
  offense: "dlf-71",
  party: { kind: "organization" },
  dates: { act: "2026-03-01", discovered: "2026-05-20", filed: "2026-05-22", decision: "2026-06-10" },
  facts: { unpaidFee: "12000.50" },
  circumstances: ["first-offense", "eliminated-harm"],
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitReady(url: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url}/readyz did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function measure(label: string, opts: Parameters<typeof autocannon>[0]): Promise<Result> {
  await autocannon({ ...opts, duration: WARMUP_SECONDS }); // warm-up
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS });
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`${label}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses`);
  return r;
}

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, [MAIN], {
  env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), RULES_WATCH: "0", LOG_LEVEL: "info" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  await waitReady(url);
  const probe = await fetch(`${url}/v1/assess`, { method: "POST", headers: { "content-type": "application/json" }, body: assessBody });
  if (probe.status !== 200) throw new Error(`POST /v1/assess answered ${probe.status}: ${await probe.text()}`);

  const assess = await measure("POST /v1/assess", { url: `${url}/v1/assess`, method: "POST", headers: { "content-type": "application/json" }, body: assessBody, connections: CONNECTIONS });
  const bare = await measure("GET /healthz", { url: `${url}/healthz`, connections: CONNECTIONS });

  const row = (label: string, r: Result) =>
    `${label.padEnd(18)} ${Math.round(r.requests.average).toLocaleString("en").padStart(9)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   (${r.requests.total.toLocaleString("en")} requests)`;
  console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per route, server ${url} (node ${process.version})`);
  console.log(row("POST /v1/assess", assess));
  console.log(row("GET /healthz", bare));
  console.log(
    `ratio assess/healthz: throughput ${(assess.requests.average / bare.requests.average).toFixed(3)}, ` +
      `p99 ${(assess.latency.p99 / Math.max(bare.latency.p99, 1)).toFixed(2)}x`,
  );
  // The figures, last, as one JSON line (`npm run bench:check` compares them with the goals).
  console.log(
    JSON.stringify({
      assessRps: Math.round(assess.requests.average),
      bareRps: Math.round(bare.requests.average),
      ratio: Number((assess.requests.average / bare.requests.average).toFixed(3)),
      assessP99Ms: assess.latency.p99,
    }),
  );
} finally {
  child.kill("SIGTERM");
}
