import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { getRequestListener } from "@hono/node-server";
import type { CailiangError } from "@cailiang/core";
import { DEFAULT_MAX_BODY_BYTES } from "./app.js";
import { BATCH_MAX_BODY_BYTES } from "./routes/batch.js";
import { errorBody, headersTooLarge, httpStatus, malformedRequest, payloadTooLarge, requestTimeout } from "./errors.js";
import { errorFields, type Logger } from "./logger.js";

/** The socket-level limits of the Node server (all from the environment, see config.ts). */
export interface HttpLimits {
  maxBodyBytes: number;
  /** Paths whose body may be larger (the batch routes: 1,000 cases). */
  routeMaxBodyBytes: Readonly<Record<string, number>>;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  maxRequestsPerSocket: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  routeMaxBodyBytes: { "/v1/assess/batch": BATCH_MAX_BODY_BYTES, "/v1/review": BATCH_MAX_BODY_BYTES },
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_024,
  maxRequestsPerSocket: 1_000,
};

/** Shared by the socket layer and the app: once draining, /readyz says 503 and every answer closes its connection. */
export interface Lifecycle {
  draining: boolean;
}

type Fetch = Parameters<typeof getRequestListener>[0];

/**
 * A node:http server for the app, hardened against bad clients:
 * - a declared body above the limit is refused with 413 before `100 Continue` and before reading it;
 * - any answer sent before the request was read whole, or while draining, says `Connection: close`,
 *   so the next request of a pooling client never lands on a socket about to close;
 * - timeouts for headers, the whole request and idle keep-alive; a connection cap; requests per socket;
 * - what Node answers by itself (400, 408, 431) and a bad Host use the error envelope.
 */
export function createHttpServer(fetch: Fetch, limits: HttpLimits, lifecycle: Lifecycle, logger: Logger): Server {
  const handle = getRequestListener(fetch, {
    errorHandler: (err) => envelopeResponse(malformedRequest(err instanceof Error ? err.message : "bad request")),
  });
  const served = new WeakMap<object, number>();
  const bodyLimit = (req: IncomingMessage) => limits.routeMaxBodyBytes[(req.url ?? "").split("?")[0] ?? ""] ?? limits.maxBodyBytes;
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    // Node says `Connection: close` on the last request of a socket but then keeps it open until
    // the keep-alive timeout; setting the header ourselves makes it close at once.
    const last = count >= limits.maxRequestsPerSocket;
    closeAfterAnswer(res, () => last || lifecycle.draining || !req.complete);
    const max = bodyLimit(req);
    if (Number(req.headers["content-length"]) > max) {
      writeEnvelope(res, payloadTooLarge(max));
      return;
    }
    void handle(req, res);
  };
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above on this interval (default 30 s, which would triple them).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  // `Expect: 100-continue`: say Continue only for a body that may be accepted.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (!(Number(req.headers["content-length"]) > bodyLimit(req))) res.writeContinue();
    listener(req, res);
  });
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    const response = (socket as { _httpMessage?: ServerResponse })._httpMessage;
    if (err.code === "ECONNRESET" || !socket.writable || response?.headersSent) {
      socket.destroy();
      return;
    }
    logger.debug("client error", { code: err.code, ...errorFields(err) });
    const error =
      err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? requestTimeout()
      : err.code === "HPE_HEADER_OVERFLOW" ? headersTooLarge()
      : malformedRequest(err.code ?? "parse error");
    socket.end(rawResponse(error));
  });
  return server;
}

/**
 * Adds `Connection: close` to the answer when `close()` says so as its headers go out: the request
 * body was not read whole, the server is draining, or it is the socket's last request.
 */
function closeAfterAnswer(res: ServerResponse, close: () => boolean): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (close()) this.setHeader("connection", "close");
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "x-content-type-options": "nosniff", connection: "close" };

function writeEnvelope(res: ServerResponse, error: CailiangError): void {
  const body = JSON.stringify(errorBody(error));
  res.writeHead(httpStatus(error.code), { ...JSON_HEADERS, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function envelopeResponse(error: CailiangError): Response {
  return new Response(JSON.stringify(errorBody(error)), { status: httpStatus(error.code), headers: JSON_HEADERS });
}

/** A whole HTTP/1.1 response as bytes, for a socket Node has not parsed a request from. */
function rawResponse(error: CailiangError): string {
  const body = JSON.stringify(errorBody(error));
  const status = httpStatus(error.code);
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`, ...Object.entries(JSON_HEADERS).map(([k, v]) => `${k}: ${v}`), `content-length: ${Buffer.byteLength(body)}`];
  return `${head.join("\r\n")}\r\n\r\n${body}`;
}
