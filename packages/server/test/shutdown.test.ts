import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { FIXTURE_RULES, stealInput } from "./helpers.js";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

/** Starts src/main.ts (through tsx) on a free port; resolves once it logs "listening". */
function startMain(): Promise<{ child: ChildProcessWithoutNullStreams; port: number; logs: Array<Record<string, unknown>> }> {
  const child = spawn(process.execPath, ["--conditions=@cailiang/source", "--import", "tsx", MAIN], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", RULES_DIR: FIXTURE_RULES, LOG_LEVEL: "info", RULES_WATCH: "0" },
  });
  const logs: Array<Record<string, unknown>> = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("main.ts did not start within 20 s")), 20_000);
    child.once("exit", (code) => reject(new Error(`main.ts exited early with ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === "listening") {
        clearTimeout(timer);
        resolve({ child, port: Number(new URL(String(entry.url)).port), logs });
      }
    });
  });
}

describe("graceful shutdown of main.ts", () => {
  let running: ChildProcessWithoutNullStreams | undefined;
  afterEach(() => {
    running?.kill("SIGKILL");
  });

  it("on SIGTERM stops accepting, finishes the request in flight with Connection: close, then exits 0", async () => {
    const { child, port, logs } = await startMain();
    running = child;
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

    // A request in flight: headers and half the body sent, the rest withheld until after SIGTERM.
    const body = Buffer.from(JSON.stringify(stealInput()));
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    let response = "";
    socket.on("data", (d: Buffer) => (response += d.toString("utf8")));
    const responseDone = new Promise<void>((resolve) => socket.once("end", resolve));
    socket.write(`POST /v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body.subarray(0, 40));
    await new Promise((r) => setTimeout(r, 200));

    child.kill("SIGTERM");
    await waitFor(() => logs.some((l) => l.msg === "shutting down"));

    // New connections are refused while the old one is still served.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    socket.end(body.subarray(40));
    await responseDone;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    // The client asked for keep-alive; a draining server says close, and closes (responseDone is its FIN).
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(response).toContain('"outcome":"penalty"');
    expect(await exited).toBe(0);
    expect(logs.at(-1)?.msg).toBe("stopped");
  });
});

async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
