import { connect, type Socket } from "node:net";

/** One parsed HTTP/1.1 response read off a raw socket. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A raw TCP connection to 127.0.0.1: write bytes as a bad client would, read responses as they
 * arrive, and see when the server closes it.
 */
export class RawClient {
  private buffer = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  /** Resolves when the server ends or resets the connection. */
  readonly closed: Promise<void>;
  isClosed = false;

  private constructor(readonly socket: Socket) {
    socket.on("data", (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.wake();
    });
    socket.on("error", () => undefined);
    this.closed = new Promise((resolve) => {
      const done = () => {
        this.isClosed = true;
        this.wake();
        resolve();
      };
      socket.once("close", done);
      socket.once("end", done);
    });
  }

  static open(port: number): Promise<RawClient> {
    const socket = connect(port, "127.0.0.1");
    return new Promise((resolve, reject) => {
      socket.once("connect", () => resolve(new RawClient(socket)));
      socket.once("error", reject);
    });
  }

  write(data: string | Buffer): void {
    this.socket.write(data);
  }

  /** Bytes received so far, as text. */
  received(): string {
    return this.buffer.toString("latin1");
  }

  /** The next whole response (by Content-Length), or rejects if the connection closes first. */
  async response(): Promise<RawResponse> {
    for (;;) {
      const parsed = this.take();
      if (parsed) return parsed;
      if (this.isClosed) throw new Error(`connection closed; received: ${JSON.stringify(this.received().slice(0, 200))}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  destroy(): void {
    this.socket.destroy();
  }

  private take(): RawResponse | undefined {
    const end = this.buffer.indexOf("\r\n\r\n");
    if (end < 0) return undefined;
    const [statusLine = "", ...lines] = this.buffer.subarray(0, end).toString("latin1").split("\r\n");
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const i = line.indexOf(":");
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const status = Number(statusLine.split(" ")[1]);
    const length = status === 100 || status === 204 ? 0 : Number(headers["content-length"] ?? 0);
    if (this.buffer.length < end + 4 + length) return undefined;
    const body = this.buffer.subarray(end + 4, end + 4 + length).toString("utf8");
    this.buffer = this.buffer.subarray(end + 4 + length);
    return { status, headers, body };
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** A request as bytes. */
export function rawRequest(method: string, path: string, headers: Record<string, string | number> = {}, body = ""): string {
  const all = { host: "127.0.0.1", ...headers };
  return `${method} ${path} HTTP/1.1\r\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n${body}`;
}
