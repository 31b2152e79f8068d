import type { Registry } from "@cailiang/core";
import { changePlace, diffVersions, DIRECTIONS } from "@cailiang/core/publish";
import { useT } from "../i18n.js";
import { replaceParams } from "../route.js";
import { RulesetPicker, rulesetParam } from "../ruleset-picker.js";

/** 版本对比: two versions side by side, every change marked lighter or heavier for the party (same code as `cailiang diff`). */
export function DiffView({ registry, params }: { registry: Registry; params: URLSearchParams }) {
  const { t, lang } = useT();
  const id = rulesetParam(registry, params);
  const versions = registry.versions(id);
  const names = versions.map((v) => v.def.version);
  const from = names.includes(params.get("from") ?? "") ? (params.get("from") as string) : (names.at(-2) ?? names[0] ?? "");
  const to = names.includes(params.get("to") ?? "") ? (params.get("to") as string) : (names.at(-1) ?? "");
  const set = (p: { ruleset?: string; from?: string; to?: string }) => {
    replaceParams("diff", { ruleset: p.ruleset ?? id, from: p.from ?? from, to: p.to ?? to });
    dispatchEvent(new HashChangeEvent("hashchange"));
  };
  const a = versions.find((v) => v.def.version === from);
  const b = versions.find((v) => v.def.version === to);
  const diff = a && b ? diffVersions(a, b) : null;
  const pickVersion = (key: "from" | "to", value: string) => (
    <div class="field">
      <label for={`v-${key}`}>{t(key)}</label>
      <select id={`v-${key}`} value={value} onChange={(e) => set({ [key]: (e.target as HTMLSelectElement).value })}>
        {versions.map((v) => <option key={v.def.version} value={v.def.version}>{v.def.version}（{v.def.effectiveFrom}）</option>)}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="diff-h">
      <div class="toolbar">
        <RulesetPicker registry={registry} value={id} onChange={(ruleset) => set({ ruleset, from: "", to: "" })} />
        {pickVersion("from", from)}
        {pickVersion("to", to)}
      </div>
      {names.length < 2 && <p role="status">{t("needTwo")}</p>}
      <h2 id="diff-h">{t("changes")}{diff ? `：${diff.changes.length}` : ""}</h2>
      {diff && diff.changes.length === 0 && <p role="status">{t("noChanges")}</p>}
      {diff && diff.changes.length > 0 && (
        <table class="diff">
          <thead>
            <tr>
              <th scope="col">{t("place")}</th>
              <th scope="col">{t("change")}</th>
              <th scope="col">{t("from")} {from}</th>
              <th scope="col">{t("to")} {to}</th>
              <th scope="col">{t("forParty")}</th>
            </tr>
          </thead>
          <tbody>
            {diff.changes.map((c, i) => (
              <tr key={i} class={`dir-${c.direction}`}>
                <th scope="row">{changePlace(c)}</th>
                <td>{c.zh}</td>
                <td class="before">{c.before ?? "—"}</td>
                <td class="after">{c.after ?? "—"}</td>
                <td><span class={`badge ${c.direction}`}>{DIRECTIONS[c.direction][lang]}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
