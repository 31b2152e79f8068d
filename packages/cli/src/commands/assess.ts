import { assess, CailiangError, formatIssues, toCailiangError } from "@cailiang/core";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { colors, type Io } from "../io.js";
import { renderAssessment } from "../render.js";
import { rulesDirExists } from "./read-rules.js";

/** The options of `cailiang assess`, as cac parsed them (strings, numbers or booleans). */
export interface AssessOptions {
  rules: string;
  json?: boolean;
  ruleset?: unknown;
  offense?: unknown;
  facts?: unknown;
  party?: unknown;
  age?: unknown;
  capacity?: unknown;
  nonBusiness?: unknown;
  circumstances?: unknown;
  concurrent?: unknown;
  act?: unknown;
  actEnded?: unknown;
  discovered?: unknown;
  filed?: unknown;
  decision?: unknown;
}

/**
 * `cailiang assess`: builds the API input from the options and hands it to the core, which
 * validates it (every issue with its path) and decides everything. Nothing legal happens here.
 */
export async function assessCommand(o: AssessOptions, io: Io): Promise<number> {
  const c = colors(io);
  const fail = (error: CailiangError) => {
    if (o.json) io.out(JSON.stringify(error.toJSON(), null, 2));
    else {
      io.err(c.red(`✖ ${error.code}：${error.zh} / ${error.en}`));
      if (error.issues.length) io.err(formatIssues(error.issues));
    }
    return 1;
  };
  try {
    const input = {
      ruleset: text(o.ruleset),
      offense: text(o.offense),
      party: { kind: text(o.party), age: o.age, capacity: text(o.capacity), ...(o.nonBusiness === true ? { business: false } : {}) },
      dates: { act: text(o.act), actEnded: text(o.actEnded), discovered: text(o.discovered), filed: text(o.filed), decision: text(o.decision) },
      facts: facts(o.facts),
      circumstances: list(o.circumstances),
      concurrent: list(o.concurrent),
    };
    if (!(await rulesDirExists(o.rules, io))) return 1;
    const result = await assess(await loadRegistryFromDir(o.rules), input);
    if (o.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of renderAssessment(result, c)) io.out(line);
    return 0;
  } catch (err) {
    return fail(toCailiangError(err));
  }
}

/** An option's text; cac turns "123" into a number, and a bare flag into true. */
function text(v: unknown): string | undefined {
  return v === undefined || v === true ? undefined : String(v);
}

function list(v: unknown): string[] | undefined {
  const s = text(v);
  return s === undefined ? undefined : s.split(",").map((x) => x.trim()).filter(Boolean);
}

/** --facts is JSON (an object of the offense's facts); its shape is the core's to check. */
function facts(v: unknown): unknown {
  const s = text(v);
  if (s === undefined) return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    const zh = `--facts 不是合法的 JSON，例如 '{"unpaidFee":"10000"}'`;
    const en = `--facts is not valid JSON, e.g. '{"unpaidFee":"10000"}'`;
    throw new CailiangError("INPUT_INVALID", zh, en, [{ code: "JSON_SYNTAX", path: "facts", zh, en }]);
  }
}
