import { assess, cite, CIRCUMSTANCE_EFFECTS, type AssessInputT, type AssessResultT, type CircumstanceDeclT, type CompiledOffense, type FactDeclT, type Issue, type Registry, toCailiangError } from "@cailiang/core";
import { useMemo, useState } from "preact/hooks";
import { useT } from "../i18n.js";
import { replaceParams } from "../route.js";
import { RulesetPicker, rulesetParam } from "../ruleset-picker.js";
import { today } from "../today.js";
import { ResultView } from "./trial-result.js";

type FactValue = string | boolean;
interface Form {
  offense: string;
  facts: Record<string, FactValue>;
  kind: "organization" | "individual";
  age: string;
  capacity: "full" | "partial" | "none";
  business: boolean;
  dates: Record<"act" | "actEnded" | "discovered" | "filed" | "decision", string>;
  circumstances: string[];
}

const DATE_FIELDS = ["act", "actEnded", "discovered", "filed", "decision"] as const;

/**
 * 案件试算: a form built from the offense's declared facts and circumstances; the core assesses it
 * in the browser. Errors are shown beside the field they concern (by the issue's JSON path).
 */
export function TrialView({ registry, params }: { registry: Registry; params: URLSearchParams }) {
  const { t, pick } = useT();
  const id = rulesetParam(registry, params);
  const day = params.get("decision") ?? today();
  const [form, setForm] = useState<Form>(() => ({
    offense: params.get("offense") ?? "",
    facts: {},
    kind: "organization",
    age: "",
    capacity: "full",
    business: true,
    dates: { act: day, actEnded: "", discovered: day, filed: day, decision: day },
    circumstances: [],
  }));
  const [result, setResult] = useState<AssessResultT | null>(null);
  const [errors, setErrors] = useState<Issue[]>([]);

  const version = registry.inForce(id, form.dates.decision) ?? registry.versions(id).at(-1);
  const offenses = version ? [...version.offenses.values()] : [];
  const offense = version?.offenses.get(form.offense) ?? offenses[0];
  const groups = useMemo(() => groupByEffect(offense ? [...offense.circumstances.values()] : []), [offense]);

  const update = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const errorAt = (path: string) => errors.filter((i) => i.path === path);
  const other = errors.filter((i) => !fieldPaths(form, offense).has(i.path));

  async function submit(e: Event) {
    e.preventDefault();
    if (!offense) return;
    replaceParams("trial", { ruleset: id, offense: offense.def.id, decision: form.dates.decision });
    try {
      const r = await assess(registry, toInput(id, offense, form));
      setErrors([]);
      setResult(r);
      requestAnimationFrame(() => document.getElementById("result-h")?.focus());
    } catch (err) {
      const e2 = toCailiangError(err);
      setResult(null);
      setErrors(e2.issues.length > 0 ? e2.issues : [{ code: e2.code, path: "", zh: e2.zh, en: e2.en }]);
      requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
    }
  }

  const err = (path: string, fieldId: string) => <FieldError id={`${fieldId}-err`} issues={errorAt(path)} />;
  const invalid = (path: string, fieldId: string) =>
    errorAt(path).length > 0 ? { "aria-invalid": true as const, "aria-describedby": `${fieldId}-err` } : {};

  return (
    <div class="trial">
      <form onSubmit={submit} noValidate aria-describedby={other.length ? "form-err" : undefined}>
        <RulesetPicker registry={registry} value={id} onChange={(ruleset) => { replaceParams("trial", { ruleset }); dispatchEvent(new HashChangeEvent("hashchange")); }} />
        <div class="field">
        <label for="offense">{t("offense")}</label>
        <select id="offense" value={offense?.def.id} onChange={(e) => update({ offense: (e.target as HTMLSelectElement).value, facts: {}, circumstances: [] })} {...invalid("offense", "offense")}>
          {offenses.map((o) => <option key={o.def.id} value={o.def.id}>{o.def.title}（{o.def.legalBasis.penalty.map(cite).join("、")}）</option>)}
        </select>
        {err("offense", "offense")}
        </div>

        {offense && offense.def.facts.length > 0 && (
          <fieldset>
            <legend>{t("facts")}</legend>
            {offense.def.facts.map((f) => (
              <FactInput key={`${offense.def.id}.${f.name}`} fact={f} value={form.facts[f.name]} onInput={(v) => update({ facts: { ...form.facts, [f.name]: v } })} aria={invalid(`facts.${f.name}`, `fact-${f.name}`)} error={err(`facts.${f.name}`, `fact-${f.name}`)} />
            ))}
          </fieldset>
        )}

        <fieldset>
          <legend>{t("party")}</legend>
          <fieldset class="inline">
            <legend>{t("partyKind")}</legend>
            {(["organization", "individual"] as const).map((k) => (
              <label key={k}>
                <input type="radio" name="kind" value={k} checked={form.kind === k} onChange={() => update({ kind: k, age: k === "organization" ? "" : form.age, capacity: k === "organization" ? "full" : form.capacity })} />
                {t(k)}
              </label>
            ))}
          </fieldset>
          {form.kind === "individual" && (
            <>
              <div class="field">
                <label for="age">{t("age")}</label>
                <input id="age" type="text" inputMode="numeric" value={form.age} onInput={(e) => update({ age: (e.target as HTMLInputElement).value })} {...invalid("party.age", "age")} />
                {err("party.age", "age")}
              </div>
              <div class="field">
                <label for="capacity">{t("capacity")}</label>
                <select id="capacity" value={form.capacity} onChange={(e) => update({ capacity: (e.target as HTMLSelectElement).value as Form["capacity"] })}>
                  <option value="full">{t("capFull")}</option>
                  <option value="partial">{t("capPartial")}</option>
                  <option value="none">{t("capNone")}</option>
                </select>
              </div>
            </>
          )}
          <label class="check">
            <input type="checkbox" checked={form.business} onChange={(e) => update({ business: (e.target as HTMLInputElement).checked })} />
            {t("business")}
          </label>
        </fieldset>

        <fieldset>
          <legend>{t("dates")}</legend>
          {DATE_FIELDS.map((d) => (
            <div class="field" key={d}>
              <label for={`date-${d}`}>{t(d)}</label>
              <input id={`date-${d}`} type="date" value={form.dates[d]} required={d === "act" || d === "decision"} onInput={(e) => update({ dates: { ...form.dates, [d]: (e.target as HTMLInputElement).value } })} {...invalid(`dates.${d}`, `date-${d}`)} />
              {err(`dates.${d}`, `date-${d}`)}
            </div>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t("circumstances")}</legend>
          {groups.map(([effect, list]) => (
            <fieldset key={effect} class="group">
              <legend>{pick(CIRCUMSTANCE_EFFECTS[effect].zh, CIRCUMSTANCE_EFFECTS[effect].en)}</legend>
              {list.map((c) => {
                const at = form.circumstances.indexOf(c.id);
                const path = at >= 0 ? `circumstances[${at}]` : "";
                return (
                  <div key={c.id}>
                    <label class="check" title={c.basis}>
                      <input id={`c-${c.id}`} type="checkbox" checked={at >= 0} onChange={(e) => update({ circumstances: (e.target as HTMLInputElement).checked ? [...form.circumstances, c.id] : form.circumstances.filter((x) => x !== c.id) })} {...invalid(path, `c-${c.id}`)} />
                      {pick(c.title, c.titleEn)}
                    </label>
                    {path && err(path, `c-${c.id}`)}
                  </div>
                );
              })}
            </fieldset>
          ))}
          {err("circumstances", "circumstances")}
        </fieldset>

        {other.length > 0 && (
          <div id="form-err" role="alert" class="error">
            <p>{t("fixErrors")}</p>
            <ul>{other.map((i, k) => <li key={k}>{pick(i.zh, i.en)}</li>)}</ul>
          </div>
        )}
        <button type="submit" class="primary">{t("compute")}</button>
      </form>
      <section aria-labelledby="result-h" class="result" role="region">
        <h2 id="result-h" tabIndex={-1}>{t("result")}</h2>
        {result && <ResultView result={result} />}
      </section>
    </div>
  );
}

function FactInput({ fact, value, onInput, aria, error }: { fact: FactDeclT; value: FactValue | undefined; onInput: (v: FactValue) => void; aria: Record<string, unknown>; error: preact.JSX.Element }) {
  const { t, pick, lang } = useT();
  const id = `fact-${fact.name}`;
  const unit = fact.unit ? (lang === "zh" ? `（${t("unit")}：${fact.unit}）` : ` (${t("unit")}: ${fact.unit})`) : "";
  const label = `${pick(fact.title, fact.titleEn)}${unit}`;
  if (fact.type === "boolean") {
    return (
      <div class="field">
        <label class="check"><input id={id} type="checkbox" checked={value === true} onChange={(e) => onInput((e.target as HTMLInputElement).checked)} {...aria} />{label}</label>
        {error}
      </div>
    );
  }
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {fact.type === "enum" ? (
        <select id={id} value={typeof value === "string" ? value : ""} onChange={(e) => onInput((e.target as HTMLSelectElement).value)} {...aria}>
          <option value="">—</option>
          {fact.values?.map((v) => <option key={v.value} value={v.value}>{v.title}</option>)}
        </select>
      ) : (
        fact.type === "date" ? (
          <input id={id} type="date" required={fact.required} value={typeof value === "string" ? value : ""} onInput={(e) => onInput((e.target as HTMLInputElement).value)} {...aria} />
        ) : (
          <input id={id} type="text" inputMode="decimal" required={fact.required} value={typeof value === "string" ? value : ""} onInput={(e) => onInput((e.target as HTMLInputElement).value)} {...aria} />
        )
      )}
      {fact.description && <small class="hint">{fact.description}</small>}
      {error}
    </div>
  );
}

function FieldError({ id, issues }: { id: string; issues: readonly Issue[] }) {
  const { pick } = useT();
  if (issues.length === 0) return null;
  return <p id={id} class="error">{issues.map((i) => pick(i.zh, i.en)).join("；")}</p>;
}

/** Circumstances grouped by effect, in the order of the effects' catalogue. */
function groupByEffect(list: readonly CircumstanceDeclT[]): Array<[keyof typeof CIRCUMSTANCE_EFFECTS, CircumstanceDeclT[]]> {
  return (Object.keys(CIRCUMSTANCE_EFFECTS) as Array<keyof typeof CIRCUMSTANCE_EFFECTS>)
    .map((effect): [keyof typeof CIRCUMSTANCE_EFFECTS, CircumstanceDeclT[]] => [effect, list.filter((c) => c.effect === effect)])
    .filter(([, l]) => l.length > 0);
}

/** The JSON paths that have a field of their own on the form. */
function fieldPaths(form: Form, offense: CompiledOffense | undefined): Set<string> {
  return new Set([
    "offense",
    "party.age",
    "circumstances",
    ...DATE_FIELDS.map((d) => `dates.${d}`),
    ...(offense?.def.facts.map((f) => `facts.${f.name}`) ?? []),
    ...form.circumstances.map((_, i) => `circumstances[${i}]`),
  ]);
}

/** The API's input for the form: the same body `POST /v1/assess` takes. */
function toInput(ruleset: string, offense: CompiledOffense, form: Form): AssessInputT {
  const facts: Record<string, string | boolean> = {};
  for (const f of offense.def.facts) {
    const v = form.facts[f.name];
    if (f.type === "boolean") facts[f.name] = v === true;
    else if (typeof v === "string" && v.trim() !== "") facts[f.name] = v.trim();
  }
  const dates = Object.fromEntries(DATE_FIELDS.filter((d) => form.dates[d] !== "").map((d) => [d, form.dates[d]])) as AssessInputT["dates"];
  const age = form.age.trim() === "" ? undefined : Number(form.age);
  return {
    ruleset,
    offense: offense.def.id,
    party: {
      kind: form.kind,
      ...(form.kind === "individual" ? { age: age ?? null, capacity: form.capacity } : {}),
      business: form.business,
    } as AssessInputT["party"],
    dates,
    facts,
    circumstances: form.circumstances,
  };
}
