import { ADMINISTRATIVE_PENALTY_LAW } from "../law/administrative-penalty-law.js";
import { cite, citationsIn } from "../law/cite.js";
import type { CompiledOffense, CompiledRuleset } from "../model.js";
import type { ExplanationEntryT, ExplanationRefT } from "../schema/assessment.js";
import type { LegalRefT } from "../schema/ruleset.js";

type LawRef = Extract<ExplanationRefT, { kind: "law" }>;
type RuleRef = Extract<ExplanationRefT, { kind: "rule" }>;

const APL = "行政处罚法";

/** Per version: the quoted texts by citation, the laws it cites, and each bases list's distinct law references. */
interface Index {
  quoted: Map<string, LegalRefT>;
  laws: string[];
  byEntry: BasesNode;
}
/** The bases lists seen, one basis text a step down (the texts are the rule data's own strings, hashed once). */
interface BasesNode {
  laws?: LawRef[];
  next: Map<string, BasesNode>;
}
const indexes = new WeakMap<CompiledRuleset, Index>();

function indexOf(version: CompiledRuleset): Index {
  let index = indexes.get(version);
  if (!index) {
    const quoted = new Map<string, LegalRefT>();
    for (const row of version.offenses.values()) {
      for (const o of [row, ...(row.responsiblePersons ? [row.responsiblePersons] : [])]) for (const r of [...o.def.legalBasis.penalty, ...o.def.legalBasis.violated]) quoted.set(cite(r), r);
    }
    const laws = [...new Set([APL, "民法典", ...[...quoted.values()].map((r) => r.law)])];
    index = { quoted, laws, byEntry: { next: new Map() } };
    indexes.set(version, index);
  }
  return index;
}

/** The text a citation points at: the rule data's quotation, or the Administrative Penalty Law's own text. */
function textOf(index: Index, c: Pick<LegalRefT, "law" | "article" | "paragraph" | "item">): string | null {
  const quoted = index.quoted.get(cite(c)) ?? index.quoted.get(cite({ law: c.law, article: c.article }));
  if (quoted) return quoted.text;
  if (c.law !== APL) return null;
  const article = ADMINISTRATIVE_PENALTY_LAW[c.article];
  if (!article) return null;
  const paragraph = c.paragraph ? article[c.paragraph - 1] : undefined;
  if (c.paragraph && !paragraph) return null;
  if (paragraph && c.item) return paragraph[c.item] ?? null;
  if (!c.paragraph && c.item) return article[0]?.[c.item] ?? null;
  return (paragraph ? [paragraph] : article).map((p) => p.join("\n")).join("\n");
}

/** A law reference copied field by field, in its order (kind, law, article, paragraph?, item?, text): literals, not a spread. */
function copyLawRef(r: LawRef): LawRef {
  const { law, article, paragraph, item, text } = r;
  if (paragraph === undefined) return item === undefined ? { kind: "law", law, article, text } : { kind: "law", law, article, item, text };
  return item === undefined ? { kind: "law", law, article, paragraph, text } : { kind: "law", law, article, paragraph, item, text };
}

/** The law references of basis texts, each with the text it points at (null where the repository has none). */
function lawRefs(index: Index, basis: readonly string[]): LawRef[] {
  return basis.flatMap((b) => citationsIn(b, index.laws).map((c) => ({ kind: "law" as const, ...c, text: textOf(index, c) })));
}

/** A place in the rule data: an offense's own field ("tiers[1].fine"), in the file it is written in. */
export function offenseRef(offense: CompiledOffense, path: string, value?: string): RuleRef {
  return ruleRef(offense.file, offense.prefix ? `${offense.prefix}.${path}` : path, value);
}

/** A place in the part of the offense the role has of its own (statutory, tiers, gaps): under "responsiblePersons" for the persons (两罚). */
export function partRef(offense: CompiledOffense, path: string, value?: string): RuleRef {
  return offenseRef(offense, offense.rolePath ? `${offense.rolePath}.${path}` : path, value);
}

/** A setting of the standard ("settings.hearing.fineAtLeast.organization"), in its header file. */
export function settingRef(version: CompiledRuleset, path: string, value?: string): RuleRef {
  return ruleRef(version.files[0] ?? "", path, value);
}

function ruleRef(file: string, path: string, value: string | undefined): RuleRef {
  const ref: RuleRef = { kind: "rule", file, path };
  if (value !== undefined) ref.value = value;
  return ref;
}

/** For a version: the entry with the law references of its basis put before the rule references it carries. */
export function withLawRefs(version: CompiledRuleset): (e: ExplanationEntryT) => ExplanationEntryT {
  const index = indexOf(version);
  return (e) => entryWithLawRefs(index, e);
}

function entryWithLawRefs(index: Index, e: ExplanationEntryT): ExplanationEntryT {
  // Entries repeat their bases from case to case: each list's distinct references are found once.
  let node = index.byEntry;
  for (const b of e.basis) {
    let next = node.next.get(b);
    if (!next) node.next.set(b, (next = { next: new Map() }));
    node = next;
  }
  let laws = node.laws;
  if (!laws) {
    const seen = new Set<string>();
    laws = lawRefs(index, e.basis).filter((r) => {
      const c = cite(r);
      if (seen.has(c)) return false;
      seen.add(c);
      return true;
    });
    node.laws = laws;
  }
  const refs: ExplanationRefT[] = [];
  for (const r of laws) refs.push(copyLawRef(r)); // each answer its own copy of the cached references
  for (const r of e.refs) refs.push(r);
  return { step: e.step, zh: e.zh, en: e.en, basis: e.basis, refs, values: e.values };
}
