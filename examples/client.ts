/**
 * A typed client of the cailiang API, with fetch. The types are the core's own (type-only
 * imports: nothing of the engine is loaded here).
 *
 *   BASE_URL=http://127.0.0.1:8787 npx tsx examples/client.ts
 */
import type { AssessInputT, AssessResultT, ErrorBody, FactDeclT, RulesetSummary } from "@cailiang/core";

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8787";

/** An API error: the envelope's stable code and its issues. */
class CailiangApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(`${status} ${body.error.code}: ${body.error.message}`);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, init);
  const body: unknown = await res.json();
  if (!res.ok) throw new CailiangApiError(res.status, body as ErrorBody);
  return body as T;
}

const api = {
  rulesets: () => call<RulesetSummary[]>("/v1/rulesets"),
  offense: (ruleset: string, offense: string) => call<{ id: string; title: string; facts: FactDeclT[] }>(`/v1/rulesets/${ruleset}/offenses/${offense}`),
  assess: (input: AssessInputT) =>
    call<AssessResultT>("/v1/assess", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }),
};

// 1. What is loaded.
const [ruleset] = await api.rulesets();
if (!ruleset) throw new Error("no ruleset loaded");
console.log(`规则集 ${ruleset.id}: ${ruleset.title} (${ruleset.versions.map((v) => v.version).join(", ")})`);

// 2. The facts an offense needs: enough to build an input form.
const offense = await api.offense(ruleset.id, "dlf-71");
console.log(`${offense.id} ${offense.title}: facts ${offense.facts.map((f) => `${f.name} (${f.type}${f.required ? ", required" : ""})`).join(", ")}`);

// 3. Assess a case.
const result = await api.assess({
  ruleset: ruleset.id,
  offense: offense.id,
  party: { kind: "organization" },
  dates: { act: "2026-03-01", discovered: "2026-05-20", filed: "2026-05-22", decision: "2026-06-10" },
  facts: { unpaidFee: "12000.50" },
  circumstances: ["first-offense", "eliminated-harm"],
});
console.log(`结果 ${result.outcome}; 阶次 ${result.tier?.title ?? "—"}; 建议罚款 ${result.fine ? `${result.fine.recommended.min}–${result.fine.recommended.max} 元, 建议值 ${result.fine.recommended.point} 元` : "无"}`);
for (const e of result.explanation) console.log(`  - ${e.zh}${e.basis.length ? `（${e.basis[0]}${e.basis.length > 1 ? " 等" : ""}）` : ""}`);

// 4. Errors come back in one envelope with a stable code and every issue's path.
try {
  await api.assess({ offense: "dlf-71", party: { kind: "organization" }, dates: { act: "2026-03-01", decision: "2026-06-10" }, facts: { unpaidFee: "-1" } });
  throw new Error("a negative amount was accepted");
} catch (err) {
  if (!(err instanceof CailiangApiError) || err.body.error.code !== "INPUT_INVALID") throw err;
  console.log(`${err.status} ${err.body.error.code}: ${err.body.error.issues.map((i) => `${i.path}: ${i.zh}`).join("; ")}`);
}
