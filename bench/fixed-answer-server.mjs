// A server that does no work: for bench:http, the ceiling an answer's size alone sets. It serves
// through the same stack as the API (node:http, @hono/node-server, Hono): POST /answer returns a
// fixed body (the text of a real POST /v1/assess answer, from the file given), GET /healthz a few bytes.
//   node bench/fixed-answer-server.mjs <answer file> <port>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";

const [file, port] = process.argv.slice(2);
const answer = readFileSync(file, "utf8");
const app = new Hono();
app.get("/healthz", (c) => c.json({ status: "ok" }));
app.post("/answer", async (c) => {
  await c.req.text();
  return c.body(answer, 200, { "content-type": "application/json" });
});
createServer(getRequestListener(app.fetch)).listen(Number(port), "127.0.0.1", () => console.log("ready"));
