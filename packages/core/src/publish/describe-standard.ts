import type { CircumstanceDeclT, FineBandT, OffenseT, TierT } from "../schema/ruleset.js";
import { PENALTY_TYPES, type PenaltyType } from "../schema/vocabulary.js";
import { D } from "../money.js";
import { percentZh, yuanZh } from "./amounts-zh.js";

/**
 * 处罚标准 of one tier in words: the penalty types that apply in it, the fine as its band.
 * "警告；情节严重或者拒绝改正的，可以处1万元以下的罚款".
 */
export function describeStandard(offense: OffenseT, tier: TierT, circumstances: ReadonlyMap<string, CircumstanceDeclT>): string {
  const parts: string[] = [];
  for (const sp of offense.statutory.penalties) {
    const applies = sp.mode === "mandatory" || tier.penalties.includes(sp.type) || (sp.mode === "conditional" && sp.then === "mandatory");
    if (!applies) continue;
    const what = sp.type === "fine" ? fineText(offense, tier) : PENALTY_TYPES[sp.type as PenaltyType].zh;
    if (sp.mode !== "conditional") parts.push(what);
    else {
      const when = (sp.when ?? []).map((id) => circumstances.get(id)?.title ?? id).join("或者");
      parts.push(`${when}的，${sp.then === "optional" ? "可以" : ""}${what}`);
    }
  }
  return parts.length > 0 ? parts.join("；") : "不予罚款，只责令改正等（见备注）";
}

function fineText(offense: OffenseT, tier: TierT): string {
  return tier.fine && offense.statutory.fine ? `处${describeBand(tier.fine, offense)}的罚款` : "罚款";
}

/** A fine band in the statute's own terms: 倍 of the base fact, 元, or a share of the range. */
export function describeBand(band: FineBandT, offense: OffenseT): string {
  const statutory = offense.statutory.fine;
  switch (band.kind) {
    case "amount":
      return between(yuanZh(band.min), yuanZh(band.max), band.min);
    case "multiple": {
      const base = statutory?.kind === "multiple" ? (offense.facts.find((f) => f.name === statutory.base)?.title ?? statutory.base) : "基数";
      // A statute that writes 千分之N / N% (a maximum below one time the base) is published in per cent:
      // "工程合同价款1.3%以上1.7%以下", not "0.013倍"; one that writes N倍 keeps 倍 ("应交电费0.8倍以下").
      const percent = statutory?.kind === "multiple" && D(statutory.maxMultiple).lt(1);
      const times = (m: string) => (percent ? percentZh(m) : `${m}倍`);
      return `${base}${between(times(band.min), times(band.max), band.min)}`;
    }
    case "fraction":
      return `为法定罚款幅度的${percentZh(band.min)}至${percentZh(band.max)}`;
  }
}

/** "1万元以上5万元以下"; a zero minimum reads "5万元以下" as statutes write it. */
function between(min: string, max: string, rawMin: string): string {
  return D(rawMin).isZero() ? `${max}以下` : `${min}以上${max}以下`;
}
