import fc from "fast-check";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CompiledRuleset } from "../model.js";
import { loadRegistryFromDir } from "../node.js";
import type { TierT } from "../schema/ruleset.js";
import { diffVersions } from "./diff-versions.js";

const VERSIONS = fileURLToPath(new URL("../../../web/test/fixtures/versions", import.meta.url));

/** The version with the first offense's first tier replaced. */
function withTier(v: CompiledRuleset, edit: (t: TierT) => TierT): CompiledRuleset {
  const [first, ...rest] = v.def.offenses;
  const [tier, ...tiers] = first!.tiers;
  return { ...v, def: { ...v.def, offenses: [{ ...first!, tiers: [edit(tier!), ...tiers] }, ...rest] } };
}

const multiple = fc.integer({ min: 0, max: 400 }).map((n) => (n / 100).toString());

describe("diffVersions, properties", async () => {
  const [v1] = (await loadRegistryFromDir(VERSIONS)).versions("demo");
  const base = v1!;

  it("a band whose ends only go up is heavier for the party, and the way back is lighter", () => {
    fc.assert(
      fc.property(multiple, multiple, fc.nat(100), fc.nat(100), (a, b, up1, up2) => {
        fc.pre(up1 + up2 > 0);
        const [min, max] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const before = withTier(base, (t) => ({ ...t, fine: { kind: "multiple", min, max } }));
        const after = withTier(base, (t) => ({ ...t, fine: { kind: "multiple", min: String(Number(min) + up1 / 100), max: String(Number(max) + up2 / 100) } }));
        const bands = (d: ReturnType<typeof diffVersions>) => d.changes.filter((c) => c.kind === "band").map((c) => c.direction);
        expect(bands(diffVersions(before, after))).toEqual(["heavier"]);
        expect(bands(diffVersions(after, before))).toEqual(["lighter"]);
      }),
    );
  });

  it("a tier threshold moved up is lighter, moved down heavier; the same conditions are no change", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (x, y) => {
        const at = (n: number) => withTier(base, (t) => ({ ...t, when: { all: [{ fact: "unpaidFee", operator: "lessThan", value: String(n) }] } }));
        const conditions = diffVersions(at(x), at(y)).changes.filter((c) => c.kind === "conditions").map((c) => c.direction);
        expect(conditions).toEqual(x === y ? [] : [y > x ? "lighter" : "heavier"]);
      }),
    );
  });
});
