// Either-or penalties and penalties of other authorities (issue 9, construct 8), through assess() and review().
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assess, review } from "../src/index.js";
import { loadRegistryFromDir } from "../src/node.js";

const dir = fileURLToPath(new URL("../../../examples/rule-format", import.meta.url));
const dates = { act: "2026-03-02", discovered: "2026-04-01", filed: "2026-04-03", decision: "2026-05-11" };

describe("either-or penalties and referrals", async () => {
  const registry = await loadRegistryFromDir(dir);
  const supervision = { ruleset: "examples-format", offense: "jsgc-67-2", party: { kind: "organization" as const }, dates, facts: { illegalGains: "30000" } };

  it("「降低资质等级或者吊销资质证书」 is one penalty, a choice of two, not two optional penalties", async () => {
    const r = await assess(registry, supervision);
    const choice = r.penalties.filter((p) => p.type === "downgrade-qualification" || p.type === "revoke-license");
    expect(choice).toEqual([{ type: "downgrade-qualification", title: "降低资质等级或者吊销许可证件（择一）", mandatory: true, basis: "建设工程质量管理条例第六十七条第（二）项", oneOf: ["downgrade-qualification", "revoke-license"] }]);
    expect(r.procedure.hearing).toBe(true);
  });

  it("review accepts either of the two, and finds the choice missing when neither is decided", async () => {
    const decided = (types: string[]) => ({
      ...supervision,
      dates: { act: dates.act, discovered: dates.discovered, filed: dates.filed },
      caseNumber: "X-1",
      decided: { procedure: "ordinary", penalties: [{ type: "fine", amount: "750000" }, { type: "confiscate-illegal-gains" }, ...types.map((type) => ({ type }))], hearingOffered: true, legalReviewed: true, collectiveDiscussed: true, dates: { decided: dates.decision } },
    });
    const codes = async (types: string[]) => (await review(registry, decided(types))).map((f) => f.code);
    expect(await codes(["revoke-license"])).not.toContain("PENALTY_TYPE_NOT_ALLOWED");
    expect(await codes(["downgrade-qualification"])).not.toContain("MANDATORY_PENALTY_MISSING");
    expect(await codes([])).toContain("MANDATORY_PENALTY_MISSING");
  });

  it("an either-or needs two members imposed by the same authority", async () => {
    const { Registry } = await import("../src/index.js");
    const v = registry.versions("examples-format")[0]!;
    const row = v.def.offenses.find((o) => o.id === "jsgc-67-2")!;
    const alone = { ...row, statutory: { ...row.statutory, penalties: row.statutory.penalties.filter((p) => p.type !== "revoke-license") } };
    const mixed = { ...row, id: "mixed", statutory: { ...row.statutory, penalties: row.statutory.penalties.map((p) => (p.type === "revoke-license" ? { ...p, imposedBy: "发证机关" } : p)) } };
    const { issues } = await Registry.check([{ files: [{ path: "x.json", text: JSON.stringify({ ...v.def, offenses: [alone, mixed] }) }] }]);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual(["CHOICE_ALONE offenses[0].statutory.penalties[1].choice", "CHOICE_MIXED offenses[1].statutory.penalties[2].imposedBy"]);
  });

  it("a penalty another authority imposes is a referral, never this agency's penalty", async () => {
    const input = { ruleset: "examples-format", offense: "jnf-79-2", party: { kind: "organization" as const }, dates, facts: {} };
    const serious = await assess(registry, { ...input, circumstances: ["serious-circumstances"] });
    expect(serious.penalties.map((p) => p.type)).toEqual(["fine"]);
    expect(serious.referrals).toEqual([{ type: "downgrade-qualification", title: "降低资质等级或者吊销许可证件（择一）", mandatory: true, authority: "颁发资质证书的部门", basis: "节约能源法第七十九条第二款", oneOf: ["downgrade-qualification", "revoke-license"] }]);
    expect(serious.explanation.find((e) => e.step === "penalties")?.zh).toContain("应当移送或者提请：由颁发资质证书的部门降低资质等级或者吊销许可证件（择一）（不属于本机关的处罚）");
    expect((await assess(registry, { ...input, circumstances: [] })).referrals).toEqual([]);
  });
});
