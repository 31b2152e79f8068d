import type { Registry } from "@cailiang/core";
import { publishedTable, PUBLISHED_CSS, renderTableHtml } from "@cailiang/core/publish";
import { useEffect, useMemo } from "preact/hooks";
import { useT } from "../i18n.js";
import { href, replaceParams } from "../route.js";
import { RulesetPicker, rulesetParam } from "../ruleset-picker.js";
import { today } from "../today.js";

/**
 * 裁量基准: the version in force on a date as the official table, rendered by the same code as
 * `cailiang publish`. Each row links to its rule file (in 规则校验) and to 案件试算.
 */
export function StandardView({ registry, params }: { registry: Registry; params: URLSearchParams }) {
  const { t } = useT();
  const id = rulesetParam(registry, params);
  const at = params.get("at") ?? today();
  const set = (p: { ruleset?: string; at?: string }) => {
    replaceParams("standard", { ruleset: p.ruleset ?? id, at: p.at ?? at });
    dispatchEvent(new HashChangeEvent("hashchange"));
  };
  const version = registry.inForce(id, at);
  const html = useMemo(
    () =>
      version
        ? renderTableHtml(publishedTable(version), {
            links: (row) => [
              { href: href("check", { file: row.source.file, line: String(row.source.line) }), label: `${t("ruleFile")} ${row.source.file.split("/").pop()}` },
              { href: href("trial", { ruleset: id, offense: row.id, decision: at }), label: t("tryIt") },
            ],
          })
        : "",
    [version, at, t("tryIt")],
  );
  useEffect(() => {
    // A printed table shows every quoted article, expanded.
    const open = () => document.querySelectorAll<HTMLDetailsElement>(".cl-published details").forEach((d) => (d.open = true));
    addEventListener("beforeprint", open);
    return () => removeEventListener("beforeprint", open);
  }, []);
  return (
    <section aria-labelledby="standard-h">
      <style>{PUBLISHED_CSS}</style>
      <div class="toolbar no-print">
        <RulesetPicker registry={registry} value={id} onChange={(ruleset) => set({ ruleset })} />
        <label class="field">
          <span>{t("date")}</span>
          <input type="date" value={at} onChange={(e) => set({ at: (e.target as HTMLInputElement).value })} />
        </label>
        <button type="button" onClick={() => print()}>{t("print")}</button>
      </div>
      <h2 id="standard-h" class="visually-hidden">{t("inForce")}</h2>
      {version ? <div class="table-wrap" dangerouslySetInnerHTML={{ __html: html }} /> : <p role="status">{t("noVersion")}</p>}
    </section>
  );
}
