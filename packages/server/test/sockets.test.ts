import { afterEach, describe, expect, it } from "vitest";
import { configFromEnv, createApp, ErrorSchema, ReadySchema, startServer, type RunningServer, type ServeOptions } from "../src/index.js";
import { capturingLogger, FIXTURE_RULES, registryOf, stealInput } from "./helpers.js";
import { RawClient, rawRequest } from "./raw.js";

// Every test talks to a real server on 127.0.0.1 through raw sockets, as a bad client would.

const BODY = JSON.stringify(stealInput());
const assessHeaders = (length: number | string, more: Record<string, string> = {}) => ({ "content-type": "application/json", "content-length": length, ...more });

function envelope(body: string, code: string) {
  const parsed = ErrorSchema.parse(JSON.parse(body));
  expect(parsed.error.code).toBe(code);
  return parsed.error;
}

describe("a server facing bad clients", () => {
  const running: RunningServer[] = [];
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of running.splice(0)) await s.close();
  });

  async function start(limits: ServeOptions["limits"] = {}) {
    const server = await startServer({ host: "127.0.0.1", port: 0, rulesDir: FIXTURE_RULES, logger: capturingLogger(), watch: false, limits });
    running.push(server);
    return server;
  }
  async function client(server: RunningServer) {
    const c = await RawClient.open(server.port);
    clients.push(c);
    return c;
  }

  describe("1. a refused body closes its connection", () => {
    it("answers a declared body above the limit with 413, Connection: close, and closes, without reading it", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", assessHeaders(300 * 1024)));
      const res = await c.response();
      expect(res.status).toBe(413);
      expect(res.headers.connection).toBe("close");
      envelope(res.body, "PAYLOAD_TOO_LARGE");
      await c.closed;
    });

    it("refuses before 100 Continue when the declared length is too big", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", assessHeaders(300 * 1024, { expect: "100-continue" })));
      const res = await c.response();
      expect(res.status).toBe(413);
      expect(c.received()).not.toContain("100 Continue");
      await c.closed;
    });

    it("says 100 Continue to an acceptable body, then answers it", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", assessHeaders(Buffer.byteLength(BODY), { expect: "100-continue" })));
      expect((await c.response()).status).toBe(100);
      c.write(BODY);
      expect((await c.response()).status).toBe(200);
    });

    it("closes after a chunked body that outgrows the limit, and the next connection is served", async () => {
      const server = await start({ maxBodyBytes: 1024 });
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", { "content-type": "application/json", "transfer-encoding": "chunked" }));
      const chunk = "x".repeat(2048);
      c.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      const res = await c.response();
      expect(res.status).toBe(413);
      expect(res.headers.connection).toBe("close");
      await c.closed;
      const next = await client(server);
      next.write(rawRequest("GET", "/healthz"));
      expect((await next.response()).status).toBe(200);
    });

    it("keeps the connection for the next request when the body was read whole, even on a 400", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", assessHeaders(2), "{}"));
      const res = await c.response();
      expect(res.status).toBe(400);
      expect(res.headers.connection).toBe("keep-alive");
      c.write(rawRequest("GET", "/healthz"));
      expect((await c.response()).status).toBe(200);
    });
  });

  describe("2. shutdown drains", () => {
    it("closes idle keep-alive connections, answers the request in flight with Connection: close, then resolves", async () => {
      const server = await start();
      const idle = await client(server);
      idle.write(rawRequest("GET", "/healthz"));
      expect((await idle.response()).headers.connection).toBe("keep-alive");
      const busy = await client(server);
      busy.write(rawRequest("POST", "/v1/assess", assessHeaders(Buffer.byteLength(BODY))));
      busy.write(BODY.slice(0, 20));
      await new Promise((r) => setTimeout(r, 100));

      let closed = false;
      const closing = server.close().then(() => (closed = true));
      await idle.closed;
      expect(closed).toBe(false);
      busy.write(BODY.slice(20));
      const res = await busy.response();
      expect(res.status).toBe(200);
      expect(res.headers.connection).toBe("close");
      await busy.closed;
      await closing;
      running.splice(0);
    });

    it("answers /readyz with 503 once draining", async () => {
      const lifecycle = { draining: false };
      const app = createApp({ registry: await registryOf(FIXTURE_RULES), lifecycle });
      expect((await app.request("/readyz")).status).toBe(200);
      lifecycle.draining = true;
      const res = await app.request("/readyz");
      expect(res.status).toBe(503);
      expect(ReadySchema.parse(await res.json()).status).toBe("draining");
    });
  });

  describe("3. timeouts and limits", () => {
    it("answers a client that never finishes its headers with the 408 envelope and closes", async () => {
      const server = await start({ headersTimeoutMs: 300, requestTimeoutMs: 300 });
      const c = await client(server);
      c.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
      const res = await c.response();
      expect(res.status).toBe(408);
      expect(res.headers.connection).toBe("close");
      envelope(res.body, "REQUEST_TIMEOUT");
      await c.closed;
    });

    it("answers a body that never finishes with 408 and closes", async () => {
      const server = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", assessHeaders(Buffer.byteLength(BODY))));
      c.write(BODY.slice(0, 10));
      const res = await c.response();
      expect(res.status).toBe(408);
      await c.closed;
    });

    it("closes an idle keep-alive connection after the keep-alive timeout", async () => {
      const server = await start({ keepAliveTimeoutMs: 200 });
      const c = await client(server);
      c.write(rawRequest("GET", "/healthz"));
      expect((await c.response()).status).toBe(200);
      await c.closed;
    });

    it("ends a connection after the most requests per socket", async () => {
      const server = await start({ maxRequestsPerSocket: 2 });
      const c = await client(server);
      c.write(rawRequest("GET", "/healthz"));
      expect((await c.response()).headers.connection).toBe("keep-alive");
      c.write(rawRequest("GET", "/healthz"));
      expect((await c.response()).headers.connection).toBe("close");
      await c.closed;
    });

    it("refuses connections above the cap", async () => {
      const server = await start({ maxConnections: 2 });
      const held = [await client(server), await client(server)];
      await new Promise((r) => setTimeout(r, 50));
      const third = await client(server);
      third.write(rawRequest("GET", "/healthz"));
      await third.closed;
      expect(third.received()).toBe("");
      for (const c of held) {
        c.destroy();
        await c.closed;
      }
      await new Promise((r) => setTimeout(r, 50));
      const scrape = await (await fetch(`${server.url}/metrics`)).text();
      expect(scrape).toMatch(/^cailiang_http_dropped_connections_total [1-9]/m);
    });

    it("reads every limit from the environment", () => {
      const config = configFromEnv({
        MAX_BODY_BYTES: "1000",
        HEADERS_TIMEOUT_MS: "2000",
        REQUEST_TIMEOUT_MS: "3000",
        KEEP_ALIVE_TIMEOUT_MS: "4000",
        MAX_CONNECTIONS: "50",
        MAX_REQUESTS_PER_SOCKET: "60",
      });
      expect(config).toMatchObject({ MAX_BODY_BYTES: 1000, HEADERS_TIMEOUT_MS: 2000, REQUEST_TIMEOUT_MS: 3000, KEEP_ALIVE_TIMEOUT_MS: 4000, MAX_CONNECTIONS: 50, MAX_REQUESTS_PER_SOCKET: 60 });
      expect(configFromEnv({})).toMatchObject({ HEADERS_TIMEOUT_MS: 10_000, REQUEST_TIMEOUT_MS: 30_000, KEEP_ALIVE_TIMEOUT_MS: 5_000, MAX_CONNECTIONS: 1_024 });
      expect(() => configFromEnv({ MAX_CONNECTIONS: "0" })).toThrow(/MAX_CONNECTIONS/);
    });
  });

  describe("4. bounded echoes, checked ids, the envelope everywhere", () => {
    it("refuses a 16,000-character path id with a short 400", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("GET", `/v1/rulesets/${"a".repeat(16_000)}`));
      const res = await c.response();
      expect(res.status).toBe(400);
      envelope(res.body, "INPUT_INVALID");
      expect(res.body.length).toBeLessThan(4_000);
    });

    it("refuses path ids with NUL or U+202E, without echoing them", async () => {
      const server = await start();
      for (const id of ["demo%00std", "demo%E2%80%AEstd"]) {
        const c = await client(server);
        c.write(rawRequest("GET", `/v1/rulesets/demo-std/offenses/${id}`));
        const res = await c.response();
        expect(res.status).toBe(400);
        expect(res.body).not.toContain("\u0000");
        expect(res.body).not.toContain("\u202e");
      }
    });

    it("bounds a 400 about 64 KiB of unknown facts", async () => {
      const server = await start();
      const facts = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`unknownFact${String(i).padStart(20, "0")}`, 1]));
      const body = JSON.stringify(stealInput({ facts: { unpaidFee: "1", ...facts } }));
      expect(body.length).toBeGreaterThan(50_000);
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", assessHeaders(Buffer.byteLength(body)), body));
      const res = await c.response();
      expect(res.status).toBe(400);
      const error = envelope(res.body, "INPUT_INVALID");
      expect(error.issues.length).toBeLessThanOrEqual(21);
      expect(error.issues.at(-1)?.code).toBe("TOO_MANY_ISSUES");
      expect(res.body.length).toBeLessThan(40_000);
    });

    it("bounds a 404 for a long ruleset id in the body", async () => {
      const server = await start();
      const body = JSON.stringify(stealInput({ ruleset: "a".repeat(16_000) }));
      const c = await client(server);
      c.write(rawRequest("POST", "/v1/assess", assessHeaders(Buffer.byteLength(body)), body));
      const res = await c.response();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body.length).toBeLessThan(8_000);
    });

    it("replaces an X-Request-Id that is too long or not well-formed", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("GET", "/healthz", { "x-request-id": "a".repeat(65) }));
      expect((await c.response()).headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      c.write(rawRequest("GET", "/healthz", { "x-request-id": "case-2025-0042" }));
      expect((await c.response()).headers["x-request-id"]).toBe("case-2025-0042");
    });

    it("answers a bad Host with the 400 envelope", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("GET", "/healthz", { host: "bad host!" }));
      const res = await c.response();
      expect(res.status).toBe(400);
      envelope(res.body, "INPUT_INVALID");
    });

    it("answers oversized headers with the 431 envelope", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("GET", "/healthz", { "x-big": "a".repeat(20_000) }));
      const res = await c.response();
      expect(res.status).toBe(431);
      envelope(res.body, "HEADERS_TOO_LARGE");
      await c.closed;
    });

    it("answers a malformed request line with the 400 envelope", async () => {
      const server = await start();
      const c = await client(server);
      c.write("NOT HTTP AT ALL\r\n\r\n");
      const res = await c.response();
      expect(res.status).toBe(400);
      envelope(res.body, "INPUT_INVALID");
    });

    it("answers a wrong method with 405 and Allow", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("GET", "/v1/assess"));
      const res = await c.response();
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe("POST");
      envelope(res.body, "METHOD_NOT_ALLOWED");
      c.write(rawRequest("DELETE", "/v1/rulesets/demo-std"));
      const del = await c.response();
      expect(del.status).toBe(405);
      expect(del.headers.allow).toBe("GET, HEAD");
    });

    it("shows rule files relative to the rules directory in /readyz", async () => {
      const server = await start();
      const c = await client(server);
      c.write(rawRequest("GET", "/readyz"));
      const res = await c.response();
      expect(ReadySchema.parse(JSON.parse(res.body)).status).toBe("ready");
      expect(res.body).not.toContain(FIXTURE_RULES);
    });
  });
});
