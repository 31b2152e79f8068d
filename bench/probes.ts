// `npx tsx bench/probes.ts [repo-root] [fuzz-count]`: the bad-client probes of issue 10 against a
// server started from `repo-root` (default: this repository) on 127.0.0.1, printed as one JSON
// object. Bounded: 20 keep-alive rounds, 10 connections at shutdown, `fuzz-count` fuzzed
// requests (default 10,000; at most 200,000), 127.0.0.1 only.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { Agent, request } from "node:http";

const root = resolve(process.argv[2] ?? fileURLToPath(new URL("..", import.meta.url)));
const fuzzCount = Math.min(200_000, Number(process.argv[3] ?? 10_000));
const FIXTURE = resolve(root, "packages/server/test/fixtures/rules");

/** Starts the server of `root` from its sources; resolves with its URL once it logs "listening". */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--conditions=@cailiang/source", "--import", "tsx", resolve(root, "packages/server/src/main.ts")], {
    cwd: root,
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", RULES_DIR: FIXTURE, RULES_WATCH: "0", LOG_LEVEL: "warn", SHUTDOWN_TIMEOUT_MS: "10000" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((done, fail) => {
    child.once("exit", (code) => fail(new Error(`server exited with ${code}`)));
    // LOG_LEVEL=warn hides "listening": find the port from the process's open socket instead.
    const poll = setInterval(async () => {
      const port = await listeningPort(child.pid ?? 0);
      if (port) {
        clearInterval(poll);
        done({ child, url: `http://127.0.0.1:${port}` });
      }
    }, 200);
    createInterface({ input: child.stdout! }).on("line", () => undefined);
  });
}

async function listeningPort(pid: number): Promise<number | undefined> {
  const { readFile, readdir, readlink } = await import("node:fs/promises");
  try {
    const inodes = new Set<string>();
    for (const fd of await readdir(`/proc/${pid}/fd`)) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m?.[1]) inodes.add(m[1]);
    }
    for (const line of (await readFile("/proc/net/tcp", "utf8")).split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === "0A" && cols[9] && inodes.has(cols[9])) return parseInt(cols[1]!.split(":")[1]!, 16);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const BODY = JSON.stringify({
  ruleset: "demo-std",
  offense: "steal-power",
  party: { kind: "organization" },
  dates: { act: "2025-03-01", decision: "2025-06-10" },
  facts: { unpaidFee: "12000.50" },
});
const BIG = "x".repeat(300 * 1024);

interface Sent {
  status: number;
  connection: string;
  bytes: number;
  error?: string;
}

/** One request through a keep-alive agent (as a pooling client or proxy would send it). */
function send(agent: Agent, url: string, method: string, path: string, body?: string): Promise<Sent> {
  return new Promise((done) => {
    const req = request(`${url}${path}`, { method, agent, headers: body === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let bytes = 0;
      res.on("data", (d: Buffer) => (bytes += d.length));
      res.on("end", () => done({ status: res.statusCode ?? 0, connection: String(res.headers.connection ?? ""), bytes }));
      res.on("error", (err: NodeJS.ErrnoException) => done({ status: 0, connection: "", bytes, error: err.code ?? err.message }));
    });
    req.on("error", (err: NodeJS.ErrnoException) => done({ status: 0, connection: "", bytes: 0, error: err.code ?? err.message }));
    req.end(body);
  });
}

/** 20 rounds: a 300 KiB body (413), then an innocent request on the same pooled connection. */
async function keepAliveAfter413(url: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let failedFollowUps = 0;
  const connections: string[] = [];
  for (let i = 0; i < 20; i++) {
    const big = await send(agent, url, "POST", "/v1/assess", BIG);
    connections.push(`${big.status}/${big.connection || big.error}`);
    const next = await send(agent, url, "GET", "/healthz");
    if (next.status !== 200) failedFollowUps++;
  }
  agent.destroy();
  return { rounds: 20, failedFollowUps, first413: connections[0] };
}

async function echoSizes(url: string) {
  const agent = new Agent({ keepAlive: true });
  const longId = await send(agent, url, "GET", `/v1/rulesets/${"a".repeat(16_000)}`);
  const facts = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`unknownFact${String(i).padStart(20, "0")}`, 1]));
  const body = JSON.stringify({ ...JSON.parse(BODY), facts: { unpaidFee: "1", ...facts } });
  const unknown = await send(agent, url, "POST", "/v1/assess", body);
  const wrongMethod = await send(agent, url, "GET", "/v1/assess");
  agent.destroy();
  return { longIdStatus: longId.status, longIdBytes: longId.bytes, unknownFactsRequestBytes: body.length, unknownFactsStatus: unknown.status, unknownFactsBytes: unknown.bytes, wrongMethodStatus: wrongMethod.status };
}

/** Fuzzed bodies over 8 keep-alive connections; 1% oversized (300 KiB). */
async function fuzz(url: string, count: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const bodies = fc.sample(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string(), fc.constant(BODY)), { numRuns: 2_000, seed: 42 });
  const statuses = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const body = i % 100 === 99 ? BIG : bodies[i % bodies.length]!;
      const r = await send(agent, url, "POST", "/v1/assess", body);
      const key = r.status ? String(r.status) : `error:${r.error}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  agent.destroy();
  const all = Object.fromEntries([...statuses].sort());
  const fiveXX = [...statuses].filter(([k]) => k.startsWith("5")).reduce((n, [, v]) => n + v, 0);
  const errors = [...statuses].filter(([k]) => k.startsWith("error")).reduce((n, [, v]) => n + v, 0);
  return { requests: count, fiveXX, connectionErrors: errors, statuses: all };
}

/**
 * 10 keep-alive connections busy with requests; SIGTERM. Counts, for requests in flight at the
 * signal and for those sent after it (100 ms on, when the server has surely begun draining):
 * answered (with close or keep-alive), refused (new connection, port closed) and reset.
 */
async function shutdown(child: ChildProcess, url: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  let stop = false;
  let t0 = Number.POSITIVE_INFINITY;
  const log: Array<{ started: number; r: Sent }> = [];
  const worker = async () => {
    while (!stop) {
      const started = Date.now();
      const r = await send(agent, url, "POST", "/v1/assess", BODY);
      if (started >= t0 - 50) log.push({ started, r });
      if (r.status === 0) await new Promise((done) => setTimeout(done, 5));
    }
  };
  const workers = Array.from({ length: 10 }, worker);
  await new Promise((done) => setTimeout(done, 500));
  const exited = new Promise<number>((done) => child.once("exit", () => done(Date.now())));
  t0 = Date.now();
  child.kill("SIGTERM");
  const exitMs = (await exited) - t0;
  stop = true;
  await Promise.all(workers);
  agent.destroy();
  const tally = (entries: typeof log) => ({
    answeredClose: entries.filter((e) => e.r.status && e.r.connection === "close").length,
    answeredKeepAlive: entries.filter((e) => e.r.status && e.r.connection !== "close").length,
    refused: entries.filter((e) => e.r.error === "ECONNREFUSED").length,
    reset: entries.filter((e) => !e.r.status && e.r.error !== "ECONNREFUSED").length,
  });
  return {
    exitMsAfterSigterm: exitMs,
    inFlightAtSignal: tally(log.filter((e) => e.started < t0)),
    sentAfterSignal: tally(log.filter((e) => e.started >= t0 + 100)),
  };
}

const { child, url } = await startServer();
const result = {
  root,
  keepAliveAfter413: await keepAliveAfter413(url),
  echoes: await echoSizes(url),
  fuzz: await fuzz(url, fuzzCount),
  shutdown: await shutdown(child, url),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
