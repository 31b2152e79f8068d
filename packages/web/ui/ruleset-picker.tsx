import type { Registry } from "@cailiang/core";
import { useT } from "./i18n.js";

/** The ruleset to show: a select when the server holds several, nothing when it holds one. */
export function RulesetPicker({ registry, value, onChange }: { registry: Registry; value: string; onChange: (id: string) => void }) {
  const { t } = useT();
  const list = registry.list();
  if (list.length < 2) return null;
  return (
    <label class="field">
      <span>{t("ruleset")}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {list.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
      </select>
    </label>
  );
}

/** The ruleset named in the URL, or the first one. */
export function rulesetParam(registry: Registry, params: URLSearchParams): string {
  const ids = registry.list().map((r) => r.id);
  const asked = params.get("ruleset");
  return asked && ids.includes(asked) ? asked : (ids[0] ?? "");
}
