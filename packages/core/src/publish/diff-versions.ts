import { cite } from "../law/cite.js";
import { D } from "../money.js";
import type { CompiledRuleset } from "../model.js";
import type { ConditionT } from "../schema/condition.js";
import type { FineBandT, OffenseT, RulesetT, TierT } from "../schema/ruleset.js";
import { MEASURE_TYPES, PENALTY_TYPES } from "../schema/vocabulary.js";
import { describeCondition } from "./describe-conditions.js";
import { describeBand } from "./describe-standard.js";

/** Validated rule data as JSON: the validator writes every object's keys in the format's order, so equal rules give equal text. */
const canonical = (value: unknown): string => JSON.stringify(value);

/**
 * For the party: lighter (减轻, to their advantage), heavier (加重), mixed (some of each), or
 * neutral (no order can be read from the rules alone: it depends on the case).
 */
export type Direction = "lighter" | "heavier" | "mixed" | "neutral";

export const DIRECTIONS: Record<Direction, { zh: string; en: string }> = {
  lighter: { zh: "对当事人较轻", en: "lighter for the party" },
  heavier: { zh: "对当事人较重", en: "heavier for the party" },
  mixed: { zh: "有轻有重", en: "mixed" },
  neutral: { zh: "视案情而定", en: "depends on the case" },
};

export type ChangeKind =
  | "offense-added"
  | "offense-removed"
  | "offense-renamed"
  | "offense-title"
  | "statutory"
  | "measures"
  | "no-penalty-list"
  | "tier-added"
  | "tier-removed"
  | "band"
  | "conditions"
  | "penalties"
  | "setting"
  | "circumstance"
  | "exemption";

export interface Change {
  kind: ChangeKind;
  direction: Direction;
  offense?: { id: string; title: string };
  tier?: { id: string; title: string };
  /** What changed, in Chinese. */
  zh: string;
  before: string | null;
  after: string | null;
}

export interface VersionDiff {
  id: string;
  title: string;
  from: { version: string; effectiveFrom: string };
  to: { version: string; effectiveFrom: string };
  changes: Change[];
}

/**
 * What changed from one version of a standard to another, each change marked lighter or heavier
 * for the party where the rules alone tell. A row that names the row it `replaces` is a rename.
 * @example
 * diffVersions(registry.get(id, "2025-06-01"), registry.get(id, "2026-06-01")).changes
 */
export function diffVersions(from: CompiledRuleset, to: CompiledRuleset): VersionDiff {
  const a = from.def;
  const b = to.def;
  const changes: Change[] = [];
  const matched = new Set<string>();
  for (const o of b.offenses) {
    const same = a.offenses.find((x) => x.id === o.id);
    const replaced = same ? undefined : a.offenses.find((x) => x.id === o.replaces);
    const old = same ?? replaced;
    if (!old) {
      changes.push({ kind: "offense-added", direction: "heavier", offense: ref(o), zh: "新增违法行为", before: null, after: null });
      continue;
    }
    matched.add(old.id);
    if (replaced) changes.push({ kind: "offense-renamed", direction: "neutral", offense: ref(o), zh: `替代原违法行为 ${old.id}`, before: `${old.title}（${old.id}）`, after: `${o.title}（${o.id}）` });
    else if (old.title !== o.title) changes.push({ kind: "offense-title", direction: "neutral", offense: ref(o), zh: "违法行为名称变更", before: old.title, after: o.title });
    changes.push(...offenseChanges(old, o));
  }
  for (const o of a.offenses) {
    if (matched.has(o.id)) continue;
    // A standard is not a law: leaving a row out does not make the act lawful, only a recorded statute change does (art. 37).
    const change = b.statuteChanges.find((c) => c.offense === o.id);
    changes.push(
      change
        ? { kind: "offense-removed", direction: "lighter", offense: ref(o), zh: `删除违法行为：${cite(change)}已于 ${change.date} ${change.change === "repealed" ? "废止" : "修改"}，不再认为是违法`, before: null, after: null }
        : { kind: "offense-removed", direction: "neutral", offense: ref(o), zh: "删除违法行为（标准删除条目不使违法行为合法，仍按行为时的版本处理）", before: null, after: null },
    );
  }
  changes.push(...settingChanges(a, b), ...generalChanges(a, b));
  return {
    id: b.id,
    title: b.title,
    from: { version: a.version, effectiveFrom: a.effectiveFrom },
    to: { version: b.version, effectiveFrom: b.effectiveFrom },
    changes,
  };
}

/** The ids a row says it replaces (`replaces`: a string or a list), when the format has them. */

function ref(o: OffenseT): { id: string; title: string } {
  return { id: o.id, title: o.title };
}

function offenseChanges(a: OffenseT, b: OffenseT): Change[] {
  const offense = ref(b);
  const out: Change[] = [];
  if (canonical(a.statutory) !== canonical(b.statutory)) {
    out.push({ kind: "statutory", direction: "neutral", offense, zh: "法定处罚变更（以法律、法规为准）", before: canonical(a.statutory), after: canonical(b.statutory) });
  }
  const ma = new Set(a.measures.map((m) => m.type));
  const mb = new Set(b.measures.map((m) => m.type));
  const measures = setChange(ma, mb, (t) => MEASURE_TYPES[t as keyof typeof MEASURE_TYPES]?.zh ?? t);
  if (measures) out.push({ kind: "measures", offense, zh: "责令改正等措施变更", ...measures });
  const na = new Set(a.noPenaltyList.map((e) => e.title));
  const nb = new Set(b.noPenaltyList.map((e) => e.title));
  const list = setChange(na, nb, (t) => t);
  // More entries in the no-penalty list is lighter: the reverse of a set of penalties.
  if (list) out.push({ kind: "no-penalty-list", offense, zh: "免罚清单变更", ...list, direction: flip(list.direction) });
  for (const t of b.tiers) {
    const old = a.tiers.find((x) => x.id === t.id);
    const tier = { id: t.id, title: t.title };
    if (!old) out.push({ kind: "tier-added", direction: "neutral", offense, tier, zh: "新增阶次", before: null, after: tierLine(b, t) });
    else out.push(...tierChanges(a, old, b, t).map((c) => ({ ...c, offense, tier })));
  }
  for (const t of a.tiers) {
    if (!b.tiers.some((x) => x.id === t.id)) out.push({ kind: "tier-removed", direction: "neutral", offense, tier: { id: t.id, title: t.title }, zh: "删除阶次", before: tierLine(a, t), after: null });
  }
  return out;
}

function tierLine(o: OffenseT, t: TierT): string {
  return `${t.title}：${describeCondition(t.when, o.facts)}${t.fine ? `；罚款${describeBand(t.fine, o)}` : ""}`;
}

function tierChanges(oa: OffenseT, a: TierT, ob: OffenseT, b: TierT): Array<Omit<Change, "offense" | "tier">> {
  const out: Array<Omit<Change, "offense" | "tier">> = [];
  if (canonical(a.when) !== canonical(b.when)) {
    out.push({ kind: "conditions", direction: thresholdDirection(a.when, b.when), zh: "适用情形变更", before: describeCondition(a.when, oa.facts), after: describeCondition(b.when, ob.facts) });
  }
  if (canonical(a.fine) !== canonical(b.fine)) {
    out.push({
      kind: "band",
      direction: bandDirection(a.fine, b.fine),
      zh: "罚款幅度变更",
      before: a.fine ? describeBand(a.fine, oa) : null,
      after: b.fine ? describeBand(b.fine, ob) : null,
    });
  }
  const pen = setChange(new Set(a.penalties), new Set(b.penalties), (t) => PENALTY_TYPES[t as keyof typeof PENALTY_TYPES]?.zh ?? t);
  if (pen) out.push({ kind: "penalties", zh: "处罚种类变更", ...pen });
  return out;
}

/**
 * Tiers run from the lightest to the heaviest on facts where more is worse (amounts, counts): a
 * threshold moved up keeps more cases in the lighter tier, so it is lighter for the party. Only
 * conditions of the same shape whose numbers moved are judged; anything else depends on the case.
 */
function thresholdDirection(a: ConditionT | undefined, b: ConditionT | undefined): Direction {
  const signs = a && b ? thresholdShifts(a, b) : null;
  return signs ? flip(compareBoth(...signs)) : "neutral";
}

function thresholdShifts(a: ConditionT, b: ConditionT): number[] | null {
  const kids = (c: ConditionT): ConditionT[] | null => ("all" in c ? c.all : "any" in c ? c.any : "not" in c ? [c.not] : null);
  const ka = kids(a);
  const kb = kids(b);
  if (ka || kb) {
    const same = ka && kb && ka.length === kb.length && Object.keys(a)[0] === Object.keys(b)[0] && !("not" in a);
    if (!same) return null;
    const parts = ka.map((x, i) => thresholdShifts(x, kb[i] as ConditionT));
    return parts.some((p) => p === null) ? null : parts.flat() as number[];
  }
  if (!("fact" in a) || !("fact" in b) || a.fact !== b.fact || a.operator !== b.operator) return null;
  if (canonical(a.value) === canonical(b.value)) return [];
  const ordered = ["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"].includes(a.operator);
  const numeric = (v: unknown) => (typeof v === "number" || typeof v === "string") && isNumeric(String(v));
  return ordered && numeric(a.value) && numeric(b.value) ? [D(String(b.value)).cmp(String(a.value))] : null;
}

/** Both ends up (or one up, one equal): heavier; both down: lighter; one up and one down: mixed. */
function bandDirection(a: FineBandT | undefined, b: FineBandT | undefined): Direction {
  if (!a || !b) return b ? "heavier" : "lighter";
  if (a.kind !== b.kind) return "neutral";
  return compareBoth(D(b.min).cmp(a.min), D(b.max).cmp(a.max));
}

function compareBoth(...signs: number[]): Direction {
  const up = signs.some((s) => s > 0);
  const down = signs.some((s) => s < 0);
  return up && down ? "mixed" : up ? "heavier" : down ? "lighter" : "neutral";
}

/** Added members are heavier, removed ones lighter (for sets of penalties or measures). */
function setChange(a: ReadonlySet<string>, b: ReadonlySet<string>, name: (x: string) => string): { direction: Direction; before: string; after: string } | null {
  const added = [...b].filter((x) => !a.has(x));
  const removed = [...a].filter((x) => !b.has(x));
  if (added.length === 0 && removed.length === 0) return null;
  const list = (s: ReadonlySet<string>) => [...s].map(name).join("、") || "无";
  return { direction: compareBoth(added.length, -removed.length), before: list(a), after: list(b) };
}

function flip(d: Direction): Direction {
  return d === "lighter" ? "heavier" : d === "heavier" ? "lighter" : d;
}

/**
 * Settings whose direction the rules tell: a lower hearing threshold gives more parties a hearing,
 * a lower reduction floor or fewer circumstances needed for 减轻 allows a lighter fine.
 */
const LOWER_IS_LIGHTER = [/^hearing\.fineAtLeast\./, /^hearing\.confiscationAtLeast\./, /^reduction\.floorFractionOfMinimum$/, /^reduction\.recommend\.minGrounds$/];

function settingChanges(a: RulesetT, b: RulesetT): Change[] {
  const fa = flatten(a.settings);
  const fb = flatten(b.settings);
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return keys.flatMap((k): Change[] => {
    const before = fa.get(k) ?? null;
    const after = fb.get(k) ?? null;
    if (before === after) return [];
    let direction: Direction = "neutral";
    if (before !== null && after !== null && LOWER_IS_LIGHTER.some((r) => r.test(k)) && isNumeric(before) && isNumeric(after)) {
      direction = D(after).lt(before) ? "lighter" : "heavier";
    }
    return [{ kind: "setting", direction, zh: `设置 settings.${k} 变更`, before, after }];
  });
}

/** General circumstances and the exempting combinations (art. 33). */
function generalChanges(a: RulesetT, b: RulesetT): Change[] {
  const out: Change[] = [];
  for (const c of b.circumstances) {
    const old = a.circumstances.find((x) => x.id === c.id);
    if (!old || canonical(old) !== canonical(c)) {
      out.push({ kind: "circumstance", direction: "neutral", zh: old ? `通用情节“${c.title}”变更` : `新增通用情节“${c.title}”`, before: old ? canonical(old) : null, after: canonical(c) });
    }
  }
  for (const c of a.circumstances) {
    if (!b.circumstances.some((x) => x.id === c.id)) out.push({ kind: "circumstance", direction: "neutral", zh: `删除通用情节“${c.title}”`, before: canonical(c), after: null });
  }
  const ex = setChange(new Set(a.exemptions.map((e) => e.title)), new Set(b.exemptions.map((e) => e.title)), (t) => t);
  if (ex) out.push({ kind: "exemption", zh: "免罚组合变更", ...ex, direction: flip(ex.direction) });
  return out;
}

function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, typeof value === "string" ? value : JSON.stringify(value));
  return out;
}

function isNumeric(s: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(s);
}
