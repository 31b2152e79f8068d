// npm run bench:http: the HTTP cost of an assessment, as a ratio to a bare route of the same app.
// Starts the built server (packages/server/dist/main.js, with its default info-level request logs)
// as a child on 127.0.0.1, then runs autocannon for a bounded time per route:
// POST /v1/assess (dlf-71 of the bundled pack) and GET /healthz, each after a warm-up (BENCH_WARMUP_SECONDS,
// default 8). The last line is one JSON object of the figures.
// Then the ceiling an answer's size sets: bench/fixed-answer-server.mjs, the same HTTP stack doing no
// work, serves the text of a real assessment answer and a bare route. The server CPU the answer's
// bytes cost is the difference of the two; added to the API's own GET /healthz, it gives the ratio
// POST /v1/assess would reach if the assessment and its serialization cost nothing (`sizeCeiling`).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
const FIXED = fileURLToPath(new URL("./fixed-answer-server.mjs", import.meta.url));

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

async function waitReady(url: string, path = "/readyz", timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}${path}`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url}${path} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** CPU time (user + system, all threads) a process has used, in µs, from /proc (Linux's USER_HZ is 100); null elsewhere. */
function cpuMicros(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

/**
 * Autocannon on a route after its warm-up, with the server's CPU time per request over the timed run:
 * unlike req/s, that does not depend on how fast the client (on the same 2 cores) reads the answers.
 */
async function measure(label: string, server: ChildProcess, opts: Parameters<typeof autocannon>[0]): Promise<Result & { cpuUs: number | null }> {
  await autocannon({ ...opts, duration: WARMUP_SECONDS }); // warm-up
  const cpu0 = cpuMicros(server.pid);
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS });
  const cpu1 = cpuMicros(server.pid);
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`${label}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses`);
  return { ...r, cpuUs: cpu0 === null || cpu1 === null ? null : Math.round((cpu1 - cpu0) / r.requests.total) };
}

/** Starts a server as a child on a free port of 127.0.0.1, once `path` answers. */
async function startChild(command: (port: number) => { args: string[]; env?: NodeJS.ProcessEnv }, path: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const { args, env } = command(port);
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, path);
  } catch (err) {
    child.kill("SIGTERM");
    throw err;
  }
  return { url, child };
}

const row = (label: string, r: Result & { cpuUs: number | null }) =>
  `${label.padEnd(30)} ${Math.round(r.requests.average).toLocaleString("en").padStart(9)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   server CPU ${String(r.cpuUs ?? "?").padStart(4)} µs/request   (${r.requests.total.toLocaleString("en")} requests)`;
const request = { method: "POST" as const, headers: { "content-type": "application/json" }, body: assessBody };
const post = { ...request, connections: CONNECTIONS };

/** The ratio of server CPU per request, when both are known: what a server that is the bottleneck would show. */
const cpuRatio = (bareRun: { cpuUs: number | null }, run: { cpuUs: number | null }) =>
  bareRun.cpuUs && run.cpuUs ? `, server CPU per request ${(bareRun.cpuUs / run.cpuUs).toFixed(3)}` : "";

// 1. The API: POST /v1/assess against GET /healthz.
const api = await startChild((port) => ({ args: [MAIN], env: { HOST: "127.0.0.1", PORT: String(port), RULES_WATCH: "0", LOG_LEVEL: "info" } }), "/readyz");
let answer: string;
let assess: Awaited<ReturnType<typeof measure>>;
let bare: Awaited<ReturnType<typeof measure>>;
try {
  const probe = await fetch(`${api.url}/v1/assess`, request);
  answer = await probe.text();
  if (probe.status !== 200) throw new Error(`POST /v1/assess answered ${probe.status}: ${answer}`);
  assess = await measure("POST /v1/assess", api.child, { url: `${api.url}/v1/assess`, ...post });
  bare = await measure("GET /healthz", api.child, { url: `${api.url}/healthz`, connections: CONNECTIONS });
} finally {
  api.child.kill("SIGTERM");
}
const bytes = Buffer.byteLength(answer);
console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per route after ${WARMUP_SECONDS} s of warm-up, 127.0.0.1 (node ${process.version})`);
console.log(row("POST /v1/assess", assess));
console.log(row("GET /healthz", bare));
console.log(`ratio assess/healthz: throughput ${(assess.requests.average / bare.requests.average).toFixed(3)}, p99 ${(assess.latency.p99 / Math.max(bare.latency.p99, 1)).toFixed(2)}x${cpuRatio(bare, assess)}\n`);

// 2. The ceiling the answer's size sets: the same stack sending the same bytes, doing no work.
const dir = mkdtempSync(join(tmpdir(), "cailiang-bench-http-"));
let fixed: Awaited<ReturnType<typeof measure>>;
let fixedBare: Awaited<ReturnType<typeof measure>>;
try {
  writeFileSync(join(dir, "answer.json"), answer);
  const still = await startChild((port) => ({ args: [FIXED, join(dir, "answer.json"), String(port)] }), "/healthz");
  try {
    fixed = await measure("POST /answer", still.child, { url: `${still.url}/answer`, ...post });
    fixedBare = await measure("GET /healthz (no work)", still.child, { url: `${still.url}/healthz`, connections: CONNECTIONS });
  } finally {
    still.child.kill("SIGTERM");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Server CPU per request is what counts here: req/s of a route that does no work measures the client.
const bytesCpu = fixed.cpuUs !== null && fixedBare.cpuUs !== null ? fixed.cpuUs - fixedBare.cpuUs : null;
const sizeCeiling = bytesCpu !== null && bare.cpuUs ? bare.cpuUs / (bare.cpuUs + bytesCpu) : null;
console.log(`the same ${bytes.toLocaleString("en")}-byte answer sent by a server doing no work (bench/fixed-answer-server.mjs):`);
console.log(row("POST /answer (fixed text)", fixed));
console.log(row("GET /healthz", fixedBare));
if (bytesCpu !== null && sizeCeiling !== null && assess.cpuUs !== null && bare.cpuUs !== null) {
  console.log(`sending the answer's bytes costs ${bytesCpu} µs of server CPU per request; with the API's own ${bare.cpuUs} µs (GET /healthz),`);
  console.log(`POST /v1/assess would reach ${sizeCeiling.toFixed(3)} if the assessment and its serialization cost nothing (sizeCeiling);`);
  console.log(`they cost ${assess.cpuUs - bare.cpuUs - bytesCpu} µs per request: reading and checking the body, assess(), JSON.stringify and their garbage\n`);
}

// The figures, last, as one JSON line (`npm run bench:check` compares them with the goals).
console.log(
  JSON.stringify({
    assessRps: Math.round(assess.requests.average),
    bareRps: Math.round(bare.requests.average),
    ratio: Number((assess.requests.average / bare.requests.average).toFixed(3)),
    assessP99Ms: assess.latency.p99,
    assessCpuUs: assess.cpuUs,
    bareCpuUs: bare.cpuUs,
    answerBytes: bytes,
    sizeCeiling: sizeCeiling === null ? null : Number(sizeCeiling.toFixed(3)),
  }),
);
