import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENERAL_CIRCUMSTANCE_IDS, type FactDeclT } from "@cailiang/core";
import { createApp, ErrorSchema, type App } from "../src/index.js";
import { fixtureApp, postJson, REAL_RULES, registryOf, stealInput } from "./helpers.js";

const day = fc
  .date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Inputs near the valid one: each field kept, or replaced by a plausible or any JSON value. */
const nearlyValid = fc
  .record(
    {
      ruleset: fc.oneof(fc.constant("demo-std"), fc.jsonValue()),
      offense: fc.oneof(fc.constantFrom("steal-power", "unsafe-use"), fc.jsonValue()),
      party: fc.oneof(fc.record({ kind: fc.constantFrom("individual", "organization"), age: fc.option(fc.integer({ min: -5, max: 200 })) }), fc.jsonValue()),
      dates: fc.oneof(fc.record({ act: day, decision: day, discovered: fc.option(fc.oneof(day, fc.constant("2025-02-29"))) }), fc.jsonValue()),
      facts: fc.oneof(
        fc.record({ unpaidFee: fc.oneof(fc.stringMatching(/^-?\d{1,12}(\.\d{1,3})?$/), fc.double(), fc.jsonValue()) }),
        fc.record({ kind: fc.constantFrom("overload", "tamper", "other"), people: fc.oneof(fc.integer(), fc.jsonValue()) }),
        fc.jsonValue(),
      ),
      circumstances: fc.oneof(fc.subarray([...GENERAL_CIRCUMSTANCE_IDS, "lucky"]), fc.jsonValue()),
    },
    { requiredKeys: [] },
  )
  .map((r) => JSON.stringify({ ...stealInput(), ...r }));

/** Bodies: nearly valid inputs, any JSON, any text. */
const bodies = fc.oneof(nearlyValid, fc.jsonValue().map((v) => JSON.stringify(v)), fc.string());

/** Asserts the invariant for one body; returns the status. */
async function neverServerError(app: App, body: string): Promise<number> {
  const res = await postJson(app, body);
  expect(res.status, body).toBeLessThan(500);
  if (res.status !== 200) ErrorSchema.parse(await res.json());
  return res.status;
}

const plusDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);

/** Act (while the shipped version is in force), then discovery, filing and decision in order. */
const orderedDates = fc
  .tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 120 }))
  .map(([a, b, c, d]) => {
    const act = plusDays("2026-01-01", a);
    const discovered = plusDays(act, b);
    const filed = plusDays(discovered, c);
    return { act, discovered, filed, decision: plusDays(filed, d) };
  });

/** A value for a declared fact: usually of its type, sometimes anything. */
function factValue(f: FactDeclT): fc.Arbitrary<unknown> {
  const typed: Record<FactDeclT["type"], fc.Arbitrary<unknown>> = {
    money: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map(String), fc.stringMatching(/^\d{1,9}\.\d{2}$/)),
    number: fc.double({ min: 0, max: 1e9, noNaN: true }),
    integer: fc.integer({ min: 0, max: 100_000 }),
    boolean: fc.boolean(),
    enum: fc.constantFrom(...(f.values ?? [{ value: "x" }]).map((v) => v.value)),
    date: day,
  };
  return fc.oneof({ weight: 9, arbitrary: typed[f.type] }, { weight: 1, arbitrary: fc.jsonValue() });
}

describe("POST /v1/assess with random bodies", () => {
  it("never answers 5xx on the fixture, and every error is the envelope", async () => {
    const app = await fixtureApp();
    await fc.assert(fc.asyncProperty(bodies, async (body) => void (await neverServerError(app, body))), { numRuns: 200 });
  });

  it("never answers 5xx on the shipped pack, for any offense with facts of their declared types", async () => {
    const registry = await registryOf(REAL_RULES);
    const app = createApp({ registry });
    const offenses = [...registry.list()].flatMap((r) => [...registry.get(r.id).offenses.values()]);
    const input = fc.constantFrom(...offenses).chain((o) =>
      fc.record({
        offense: fc.constant(o.def.id),
        party: fc.record({ kind: fc.constantFrom("individual", "organization"), age: fc.option(fc.integer({ min: 10, max: 90 })), capacity: fc.constantFrom("full", "partial", "none") }),
        dates: orderedDates,
        facts: fc.record(Object.fromEntries(o.def.facts.map((f) => [f.name, factValue(f)])), { requiredKeys: o.def.facts.filter((f) => f.required).map((f) => f.name) }),
        circumstances: fc.subarray([...o.circumstances.keys()], { maxLength: 4 }),
      }),
    );
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(input, async (body) => {
        const status = await neverServerError(app, JSON.stringify(body));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
      { numRuns: 200 },
    );
    // The generator must reach the engine, not only its input checks.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
  });

  it("reads amounts and dates by one strict grammar: anything outside it is a 400 naming the field, never a silent reading", async () => {
    const app = await fixtureApp();
    // Amount texts around the grammar: exponents, spaces, signs, leading zeros, stray dots, huge and tiny exponents.
    const looseAmount = fc.oneof(
      fc.tuple(fc.constantFrom("", " ", "+", "-", "0", "00"), fc.stringMatching(/^\d{1,6}$/), fc.constantFrom("", ".", ".5", "e3", "E15", "e-400", "e-9999999999999999999", " ")).map((p) => p.join("")),
      fc.constantFrom("1E15", "1e-9999999999999999999", " 12 ", "12 ", "0x10", "1_000", "１２"),
    );
    const grammar = /^-?(0|[1-9]\d*)(\.\d+)?$/;
    await fc.assert(
      fc.asyncProperty(looseAmount, async (text) => {
        const res = await postJson(app, JSON.stringify(stealInput({ facts: { unpaidFee: text } })));
        if (grammar.test(text) && !text.startsWith("-")) {
          expect(res.status, text).toBe(200);
          return;
        }
        expect(res.status, text).toBe(400);
        const { error } = ErrorSchema.parse(await res.json());
        expect(error.issues.map((i) => i.path), text).toContain("facts.unpaidFee");
      }),
      { numRuns: 300 },
    );
    // A __proto__ fact is refused, not dropped; a date of 30 February is refused in dates.* as in any date field.
    const proto = await postJson(app, JSON.stringify(stealInput()).replace('"facts":{', '"facts":{"__proto__":"5",'));
    expect(proto.status).toBe(400);
    const act = await postJson(app, JSON.stringify(stealInput({ dates: { act: "2025-02-30", decision: "2025-06-10" } })));
    expect(act.status).toBe(400);
  });
});
