import { compileCondition, type CompiledCondition, type ConstantCache } from "./conditions/compile.js";
import { PreparedConditions } from "./conditions/prepared.js";
import type { ConditionT } from "./schema/condition.js";
import type { Issue, Location } from "./errors.js";
import { cite } from "./law/cite.js";
import { issue } from "./messages/issues.js";
import type { Dec } from "./money.js";
import type { CircumstanceDeclT, FactDeclT, OffenseT, RulesetT, SimpleFineT } from "./schema/ruleset.js";
import type { PartyRole } from "./schema/vocabulary.js";

/** An offense ready to assess: its conditions prepared once, its lookups built once. */
export interface CompiledOffense {
  readonly def: OffenseT;
  readonly facts: ReadonlyMap<string, FactDeclT>;
  /** General circumstances of the ruleset plus the offense's own. */
  readonly circumstances: ReadonlyMap<string, CircumstanceDeclT>;
  readonly tiers: PreparedConditions;
  /** For a statutory fine chosen by condition ("alternatives"); null otherwise. */
  readonly fineOptions: PreparedConditions | null;
  readonly noPenalty: PreparedConditions;
  /** The declared uncovered regions (gaps); null when the offense declares none. */
  readonly gaps: PreparedConditions | null;
  /** Facts required only when a condition on other facts holds (FactDecl.requiredWhen), that condition compiled. */
  readonly requiredWhen: ReadonlyMap<string, CompiledCondition>;
  readonly filing: PreparedConditions | null;
  /** Art. 36: the facts that show harmful consequences (limitation.harmWhen); null where none are named. */
  readonly harm: PreparedConditions | null;
  /** The file the offense is written in, and its JSON path there ("" for an offense file, "offenses[3]" inside a header). */
  readonly file: string;
  readonly prefix: string;
  /** The penalty article's citation, e.g. "电力法第七十一条". */
  readonly penaltyBasis: string;
  /** Whom this compiled row penalizes (两罚): the party the row names, or the unit's responsible persons. */
  readonly role: PartyRole;
  /** Where the role's own parts (statutory, tiers, noPenaltyList) are, inside the offense: "" or "responsiblePersons". */
  readonly rolePath: string;
  /** The persons' words for the result ("单位直接负责的主管人员和其他直接责任人员"); null for the row's own party. */
  readonly roleTitle: string | null;
  /** 两罚: the row as it applies to the unit's directly responsible persons; null where it penalizes no one else. */
  readonly responsiblePersons: CompiledOffense | null;
  /** Where the offense is written, so a rule-data error at run time can point at it (found when asked). */
  readonly where: () => Location;
}

/** One version of a ruleset, validated and compiled. */
export interface CompiledRuleset {
  readonly def: RulesetT;
  /** "sha256:<hex>" of the canonical content. */
  readonly hash: string;
  readonly offenses: ReadonlyMap<string, CompiledOffense>;
  /** The files it was read from, for messages. */
  readonly files: readonly string[];
  /** A rule-data constant ("50000", "0.5") as a Decimal, parsed once. */
  readonly dec: (text: string) => Dec;
}

export function compileOffense(def: OffenseT, general: readonly CircumstanceDeclT[], where: () => Location, at: { file: string; prefix: string }, constants: ConstantCache = new Map()): CompiledOffense {
  const persons = personsOf(def);
  return compileRole(def, general, where, at, constants, {
    role: "organization",
    rolePath: "",
    roleTitle: null,
    responsiblePersons: persons
      ? () => compileRole(persons.def, general, where, at, constants, { role: "responsible-person", rolePath: "responsiblePersons", roleTitle: persons.title, responsiblePersons: null })
      : null,
  });
}

/**
 * 两罚: the row as it applies to the responsible persons. The act is the same (facts, circumstances,
 * limitation, filing threshold, the violated article); the statute, tiers and no-penalty list are
 * the block's, and the unit's illegal gains or property are not the persons' to be confiscated.
 */
export function personsOf(def: OffenseT): { def: OffenseT; title: string } | null {
  const rp = def.responsiblePersons;
  if (!rp) return null;
  const { responsiblePersons: _block, illegalGainsFact: _gains, illegalPropertyFact: _property, ...shared } = def;
  return {
    title: rp.title,
    def: {
      ...shared,
      legalBasis: { violated: def.legalBasis.violated, penalty: rp.legalBasis?.penalty ?? def.legalBasis.penalty },
      facts: [...def.facts, ...rp.facts],
      measures: rp.measures,
      statutory: rp.statutory,
      tiers: rp.tiers,
      noPenaltyList: rp.noPenaltyList,
      gaps: [],
    },
  };
}

/** Whom a compiled row penalizes; the persons' row is compiled after the unit's parts. */
type Role = Pick<CompiledOffense, "role" | "rolePath" | "roleTitle"> & { responsiblePersons: (() => CompiledOffense) | null };

/** An offense's empty groups (most rows list no no-penalty entry): one group, which nothing matches, shared by all. */
const NO_CONDITIONS = new PreparedConditions([]);
/** The facts required only sometimes of the rows that have none. */
const NONE_REQUIRED_WHEN: ReadonlyMap<string, CompiledCondition> = new Map();

/** The row for one role, built as one object (not spread into another: a pack compiles thousands). */
function compileRole(def: OffenseT, general: readonly CircumstanceDeclT[], where: () => Location, at: { file: string; prefix: string }, constants: ConstantCache, role: Role): CompiledOffense {
  const fine = def.statutory.fine;
  const requiredWhen = def.facts.some((f) => f.requiredWhen)
    ? new Map(def.facts.flatMap((f) => (f.requiredWhen ? [[f.name, compileCondition(f.requiredWhen, constants)] as const] : [])))
    : NONE_REQUIRED_WHEN;
  const absent: ReadonlySet<string> | undefined = requiredWhen.size > 0 ? new Set(requiredWhen.keys()) : undefined;
  // Tiers, gaps and no-penalty entries are prepared from the definitions themselves (each has an id and a when).
  const prepare = (entries: ReadonlyArray<{ id: string; when?: ConditionT | undefined }>) => (entries.length > 0 ? new PreparedConditions(entries, absent, constants) : NO_CONDITIONS);
  return {
    def,
    where,
    file: at.file,
    prefix: at.prefix,
    penaltyBasis: def.legalBasis.penalty.map(cite).join("、"),
    facts: new Map(def.facts.map((f) => [f.name, f])),
    circumstances: circumstancesOf(general, def.circumstances),
    requiredWhen,
    tiers: prepare(def.tiers),
    fineOptions: fine?.kind === "alternatives" ? prepare(fine.options.map((o, i) => ({ id: String(i), when: o.when }))) : null,
    noPenalty: prepare(def.noPenaltyList),
    gaps: def.gaps.length > 0 ? prepare(def.gaps) : null,
    filing: def.filingThreshold ? prepare([{ id: "filing", when: def.filingThreshold }]) : null,
    harm: def.limitation.harmWhen ? prepare([{ id: "harm", when: def.limitation.harmWhen }]) : null,
    role: role.role,
    rolePath: role.rolePath,
    roleTitle: role.roleTitle,
    responsiblePersons: role.responsiblePersons?.() ?? null,
  };
}

/** The general circumstances by id, one map per ruleset: shared by the offenses that declare none of their own. */
const generalById = new WeakMap<readonly CircumstanceDeclT[], ReadonlyMap<string, CircumstanceDeclT>>();

function circumstancesOf(general: readonly CircumstanceDeclT[], own: readonly CircumstanceDeclT[]): ReadonlyMap<string, CircumstanceDeclT> {
  if (own.length > 0) return new Map([...general, ...own].map((c) => [c.id, c]));
  let shared = generalById.get(general);
  if (!shared) {
    shared = new Map(general.map((c) => [c.id, c]));
    generalById.set(general, shared);
  }
  return shared;
}

/** The simple fine of an alternatives option, by index. */
export function fineOption(def: OffenseT, index: number): SimpleFineT | undefined {
  const fine = def.statutory.fine;
  return fine?.kind === "alternatives" ? fine.options[index]?.fine : undefined;
}

/** The issue of an offense id a version does not have (OFFENSE_NOT_FOUND). */
export function offenseNotFound(version: CompiledRuleset, id: string, path: string): Issue {
  return issue("OFFENSE_NOT_FOUND", path, { ruleset: version.def.id, version: version.def.version, id });
}
