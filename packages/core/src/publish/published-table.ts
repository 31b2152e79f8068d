import { cite } from "../law/cite.js";
import type { CompiledOffense, CompiledRuleset } from "../model.js";
import type { LegalRefT } from "../schema/ruleset.js";
import { MEASURE_TYPES } from "../schema/vocabulary.js";
import { describeCondition } from "./describe-conditions.js";
import { describeStandard } from "./describe-standard.js";

/** A provision as published: its citation and its verbatim text. */
export interface PublishedRef {
  cite: string;
  text: string;
}

export interface PublishedTier {
  id: string;
  /** 裁量阶次 */
  title: string;
  /** 适用情形: generated from the tier's conditions. */
  conditions: string;
  /** 处罚标准 */
  standard: string;
  /** The band is the pack's proposal, not yet adopted: marked （建议） after the 处罚标准. */
  proposal: boolean;
}

/** One row of the standard (one offense), with its tiers. */
export interface PublishedOffense {
  /** 序号, from 1. */
  no: number;
  id: string;
  title: string;
  category: string;
  /** 法律依据 (违法依据). */
  violated: PublishedRef[];
  /** 处罚依据. */
  penalty: PublishedRef[];
  tiers: PublishedTier[];
  /** 备注: measures that are not penalties, then the row's notes. */
  remarks: string[];
  /** Where the offense is written. */
  source: { file: string; line: number };
}

/** The standard as a bureau publishes it (行政处罚法第三十四条). */
export interface PublishedTable {
  id: string;
  title: string;
  authority: string;
  version: string;
  documentNumber: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: "draft" | "issued";
  hash: string;
  rows: PublishedOffense[];
}

/**
 * The published table of one version, built from its rule data only.
 * @example
 * const table = publishedTable(registry.get("hebei-luquan-gxj", "2026-03-01"));
 * table.rows[0].tiers[0].conditions; // "违法所得不满1万元"
 */
export function publishedTable(version: CompiledRuleset): PublishedTable {
  const { def } = version;
  const rows = def.offenses.map((o, i): PublishedOffense => {
    const compiled = version.offenses.get(o.id);
    const circumstances = compiled?.circumstances ?? new Map();
    return {
      no: i + 1,
      id: o.id,
      title: o.title,
      category: o.category,
      violated: o.legalBasis.violated.map(ref),
      penalty: o.legalBasis.penalty.map(ref),
      tiers: o.tiers.map((t) => ({
        id: t.id,
        title: t.title,
        conditions: describeCondition(t.when, o.facts, circumstances),
        standard: describeStandard(o, t, circumstances),
        proposal: t.proposal === true,
      })).concat(
        // A declared gap is published as the table states it: the region, and why no tier is set there.
        o.gaps.map((g) => ({ id: g.id, title: g.title, conditions: describeCondition(g.when, o.facts, circumstances), standard: `不设裁量阶次：${g.reason}`, proposal: false })),
      ),
      remarks: [
        ...o.measures.map((m) => `${m.title ?? MEASURE_TYPES[m.type].zh}（不是行政处罚）`),
        ...o.notes,
      ],
      source: sourceOf(compiled, version),
    };
  });
  return {
    id: def.id,
    title: def.title,
    authority: def.authority,
    version: def.version,
    documentNumber: def.documentNumber,
    effectiveFrom: def.effectiveFrom,
    effectiveTo: def.effectiveTo,
    status: def.status,
    hash: version.hash,
    rows,
  };
}

function ref(r: LegalRefT): PublishedRef {
  return { cite: cite(r), text: r.text };
}

/** Where a row is written, for a link to the rule file (its position is found only now: publishing is no hot path). */
function sourceOf(compiled: CompiledOffense | undefined, version: CompiledRuleset): { file: string; line: number } {
  const where = compiled?.where();
  return { file: where?.file ?? version.files[0] ?? "", line: where?.line ?? 1 };
}
