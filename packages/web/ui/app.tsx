import { useEffect, useState } from "preact/hooks";
import { LangContext, saveLang, savedLang, useT } from "./i18n.js";
import type { Lang } from "./messages.js";
import { href, useRoute, VIEWS, type Route } from "./route.js";
import { checkVersions, fetchBundle } from "./rules-bundle.js";
import { RulesContext, useRules as useRulesOrStatus, type RulesState } from "./rules-context.js";
import { CheckView } from "./views/check.js";
import { DiffView } from "./views/diff.js";
import { StandardView } from "./views/standard.js";
import { TrialView } from "./views/trial.js";

export function App() {
  const [lang, setLang] = useState<Lang>(savedLang);
  const [rules, setRules] = useState<RulesState>({ status: "loading" });
  const route = useRoute();

  useEffect(() => saveLang(lang), [lang]);
  useEffect(() => {
    fetchBundle()
      .then(async (bundle) => {
        performance.mark("cailiang:rules-fetched");
        const checked = await checkVersions(bundle.versions);
        performance.mark("cailiang:rules-checked");
        setRules({ status: "ready", bundle, checked });
      })
      .catch((err: unknown) => setRules({ status: "failed", error: err instanceof Error ? err.message : String(err) }));
  }, []);

  return (
    <LangContext.Provider value={lang}>
      <RulesContext.Provider value={rules}>
        <Shell route={route} onLang={() => setLang(lang === "zh" ? "en" : "zh")} />
      </RulesContext.Provider>
    </LangContext.Provider>
  );
}

function Shell({ route, onLang }: { route: Route; onLang: () => void }) {
  const { t, lang } = useT();
  useEffect(() => {
    document.title = `${t(route.view)} · ${t("appTitle")}`;
    (document.getElementById("main") as HTMLElement | null)?.focus({ preventScroll: true });
  }, [route.view, t("appTitle")]);
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>{t("skip")}</a>
      <header class="top">
        <span class="brand">{t("appTitle")}</span>
        <nav aria-label={t("nav")}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <a href={href(v)} aria-current={route.view === v ? "page" : undefined}>{t(v)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" class="lang" onClick={onLang} lang={lang === "zh" ? "en" : "zh-CN"} title={t("languageLabel")}>{t("language")}</button>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{t(route.view)}</h1>
        <Body route={route} />
      </main>
      <footer class="foot"><p>{t("offline")}</p></footer>
    </>
  );
}

function Body({ route }: { route: Route }) {
  const { t } = useT();
  const rules = useRulesOrStatus();
  if (route.view === "check") return <CheckView params={route.params} />;
  if (rules.status === "loading") return <p role="status">{t("loading")}</p>;
  if (rules.status === "failed") return <p role="alert">{t("loadFailed")}: {rules.error}</p>;
  const registry = rules.checked.registry;
  if (!registry) return <p role="alert">{t("rulesInvalid")} <a href={href("check")}>{t("check")}</a></p>;
  switch (route.view) {
    case "standard":
      return <StandardView registry={registry} params={route.params} />;
    case "trial":
      return <TrialView registry={registry} params={route.params} />;
    case "diff":
      return <DiffView registry={registry} params={route.params} />;
  }
}
