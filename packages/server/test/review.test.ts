// POST /v1/assess/batch and POST /v1/review through a real server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FINDING_CODES, type FindingCode } from "@cailiang/core";
import { DEFAULT_MAX_BODY_BYTES, silentLogger, startServer, type RunningServer } from "../src/index.js";
import { BATCH_MAX_BODY_BYTES } from "../src/routes/batch.js";
import { CLEAN, PLANTED, UNREVIEWABLE, theft } from "../../core/test/review/planted.js";
import { REAL_RULES } from "./helpers.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ host: "127.0.0.1", port: 0, rulesDir: REAL_RULES, logger: silentLogger, watch: false });
});
afterAll(() => server.close());

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

interface ReviewBody {
  results: Array<{ index: number; caseNumber: string | null; findings?: Array<{ code: string; severity: string; path: string; basis: string[] }>; error?: { code: string } }>;
  summary: { cases: number; withErrors: number; withWarnings: number; byCode: Record<string, number> };
}

describe("POST /v1/review", () => {
  it("finds every planted defect, case by case, and sums them up", async () => {
    const cases = [...CLEAN, ...PLANTED.map((p) => p.case), ...UNREVIEWABLE.map((u) => u.case)];
    const res = await post("/v1/review", { cases });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReviewBody;
    expect(body.results.map((r) => r.index)).toEqual(cases.map((_c, i) => i));
    CLEAN.forEach((_c, i) => expect(body.results[i]?.findings?.filter((f) => f.severity !== "info")).toEqual([]));
    PLANTED.forEach((p, i) => {
      const r = body.results[CLEAN.length + i];
      expect(r?.caseNumber).toBe(p.case.caseNumber);
      expect(r?.findings?.map((f) => f.code)).toContain(p.code);
    });
    UNREVIEWABLE.forEach((u, i) => expect(body.results[CLEAN.length + PLANTED.length + i]?.error?.code).toBe(u.code));
    expect(body.summary.cases).toBe(cases.length);
    for (const code of Object.keys(FINDING_CODES) as FindingCode[]) expect(body.summary.byCode[code]).toBeGreaterThan(0);
    const withErrors = body.results.filter((r) => r.findings?.some((f) => f.severity === "error")).length;
    expect(body.summary.withErrors).toBe(withErrors);
  });

  it("takes 1,000 cases in one call (above the other routes' body limit), and refuses 1,001 with a 400", async () => {
    const thousand = Array.from({ length: 1000 }, (_x, i) => theft(`鹿工信罚〔2026〕${i}号`));
    const text = JSON.stringify({ cases: thousand });
    expect(text.length).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES);
    const ok = await post("/v1/review", text);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as ReviewBody;
    expect(body.results).toHaveLength(1000);
    expect(body.summary.withErrors).toBe(0);

    const over = await post("/v1/review", { cases: [...thousand, theft("x")] });
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: { code: string; issues: Array<{ path: string }> } }).error).toMatchObject({ code: "INPUT_INVALID", issues: [{ path: "cases" }] });
  });

  it("a body without a cases list, or not JSON, is a 400", async () => {
    expect((await post("/v1/review", { case: [] })).status).toBe(400);
    expect((await post("/v1/review", "{not json")).status).toBe(400);
  });
});

describe("POST /v1/assess/batch", () => {
  it("gives each case its own result or error, in input order", async () => {
    const good = { offense: "dlf-71", party: { kind: "organization" }, dates: { act: "2026-03-01", decision: "2026-04-10" }, facts: { unpaidFee: "12000.50" } };
    const res = await post("/v1/assess/batch", { cases: [good, { ...good, facts: { unpaidFee: "-1" } }, { ...good, offense: "nope" }, good] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Array<{ index: number; result?: { fine: { recommended: { point: string } } }; error?: { code: string; issues: Array<{ path: string }> } }> };
    expect(body.results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(body.results[0]?.result?.fine.recommended.point).toBe(body.results[3]?.result?.fine.recommended.point);
    expect(body.results[1]?.error).toMatchObject({ code: "INPUT_INVALID", issues: [{ path: "facts.unpaidFee" }] });
    expect(body.results[2]?.error?.code).toBe("OFFENSE_NOT_FOUND");
  });

  it("refuses more than 1,000 cases", async () => {
    const res = await post("/v1/assess/batch", { cases: Array.from({ length: 1001 }, () => ({})) });
    expect(res.status).toBe(400);
  });
});

// Last: a 413 answers before the whole body is read, and the client does not reuse that socket well.
describe("body limits", () => {
  it("413 above the batch body limit; the single-case route keeps its own limit", async () => {
    const big = JSON.stringify({ cases: [{ caseNumber: "x".repeat(BATCH_MAX_BODY_BYTES) }] });
    expect((await post("/v1/review", big)).status).toBe(413);
    const single = await post("/v1/assess", JSON.stringify({ offense: "dlf-71", pad: "x".repeat(DEFAULT_MAX_BODY_BYTES) }));
    expect(single.status).toBe(413);
  });

});
