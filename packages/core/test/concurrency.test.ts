import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, Registry } from "../src/index.js";
import { caseInput } from "./arbitraries.js";
import { fixtureRuleset, sourceOf } from "./fixture-pack.js";

describe("overlapping assessments share no run state", () => {
  it("400 concurrent assessments equal the same 400 run one after another", async () => {
    const registry = await Registry.load([sourceOf(fixtureRuleset())]);
    const inputs = fc.sample(caseInput, { numRuns: 400, seed: 20261127 });
    const sequential = [];
    for (const i of inputs) sequential.push(await assess(registry, i));
    const concurrent = await Promise.all(inputs.map((i) => assess(registry, i)));
    expect(concurrent).toEqual(sequential);
    // The sample must exercise several offenses and tiers for this to mean anything.
    expect(new Set(sequential.map((r) => `${r.offense.id}/${r.tier?.id}`)).size).toBeGreaterThan(8);
  });
});
