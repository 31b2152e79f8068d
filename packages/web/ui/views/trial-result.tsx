import type { AssessResultT } from "@cailiang/core";
import { useState } from "preact/hooks";
import { useT } from "../i18n.js";
import { copyText } from "../copy-text.js";

/** The assessment as legal staff read it; the explanation can be copied for the 审批表. */
export function ResultView({ result: r }: { result: AssessResultT }) {
  const { t, pick, lang } = useT();
  const [copied, setCopied] = useState(false);
  const yn = (b: boolean) => (b ? t("yes") : t("no"));
  const range = (x: { min: string; max: string }) => `${x.min} – ${x.max} ${t("yuan")}`;
  const p = r.procedure;
  return (
    <div class="result-body">
      <p class="outcome"><strong>{t("outcome")}：</strong>{t(`outcome.${r.outcome}`)}</p>
      <p>
        {r.offense.title}（{r.offense.id}）· {r.ruleset.id} {r.ruleset.version}
        {r.tier && <> · {t("tier")}：{r.tier.title}</>}
      </p>
      <h3>{t("penalties")}</h3>
      {r.penalties.length ? (
        <ul>{r.penalties.map((x) => <li key={x.type}>{x.title}（{x.mandatory ? t("mandatoryMark") : t("optionalMark")}；{x.basis}）</li>)}</ul>
      ) : <p>{t("none")}</p>}
      {r.referrals.length > 0 && (
        <>
          <h3>{t("referrals")}</h3>
          <ul>{r.referrals.map((x) => <li key={x.type}>{x.authority}：{x.title}（{x.basis}）</li>)}</ul>
        </>
      )}
      {r.fine && (
        <table class="fine">
          <caption>{t("fine")}</caption>
          <tbody>
            <tr><th scope="row">{t("statutory")}</th><td>{range(r.fine.statutory)}</td></tr>
            <tr><th scope="row">{t("band")}</th><td>{range(r.fine.band)}</td></tr>
            <tr><th scope="row">{t("recommended")}</th><td>{range(r.fine.recommended)}</td></tr>
            {r.fine.recommended.point !== null && <tr><th scope="row">{t("point")}</th><td>{r.fine.recommended.point} {t("yuan")}{r.fine.reduced ? `（${t("reduced")}）` : ""}</td></tr>}
            {r.fine.reduction && !r.fine.reduced && <tr><th scope="row">{t("reductionRange")}</th><td>{range(r.fine.reduction)}（{r.fine.reduction.basis.join("；")}）</td></tr>}
          </tbody>
        </table>
      )}
      {r.measures.length > 0 && (
        <>
          <h3>{t("measures")}</h3>
          <ul>{r.measures.map((m) => <li key={m.type}>{m.title}</li>)}</ul>
        </>
      )}
      <h3>{t("procedure")}</h3>
      <table class="procedure">
        <tbody>
          <tr><th scope="row">{t("summaryProc")}</th><td>{yn(p.summary)}</td></tr>
          <tr><th scope="row">{t("hearing")}</th><td>{yn(p.hearing)}</td></tr>
          <tr><th scope="row">{t("legalReview")}</th><td>{yn(p.legalReview)}</td></tr>
          <tr><th scope="row">{t("collective")}</th><td>{yn(p.collectiveDiscussion)}</td></tr>
          <tr><th scope="row">{t("major")}</th><td>{yn(p.major)}</td></tr>
          <tr><th scope="row">{t("fileBy")}</th><td>{p.deadlines.file ?? "—"}</td></tr>
          <tr><th scope="row">{t("decideBy")}</th><td>{p.deadlines.decide ?? "—"}</td></tr>
          <tr><th scope="row">{t("reportBy")}</th><td>{p.deadlines.report ?? "—"}</td></tr>
        </tbody>
      </table>
      {r.warnings.length > 0 && (
        <>
          <h3>{t("warnings")}</h3>
          <ul class="warnings">{r.warnings.map((w) => <li key={w.code}>{pick(w.zh, w.en)} <code>{w.code}</code></li>)}</ul>
        </>
      )}
      <h3>{t("explanation")}</h3>
      <ol class="explanation">
        {r.explanation.map((e, i) => <li key={i}>{pick(e.zh, e.en)}{e.basis.length > 0 && <span class="basis">（{t("basis")}：{e.basis.join("；")}）</span>}</li>)}
      </ol>
      <button type="button" onClick={async () => setCopied(await copyText(explanationText(r, lang)))}>{t("copy")}</button>
      <span role="status" class="copied">{copied ? t("copied") : ""}</span>
    </div>
  );
}

/** The explanation as plain text, numbered, each step with what it rests on. */
function explanationText(r: AssessResultT, lang: "zh" | "en"): string {
  const basis = lang === "zh" ? "依据" : "Basis";
  return r.explanation.map((e, i) => `${i + 1}. ${lang === "zh" ? e.zh : e.en}${e.basis.length ? `（${basis}：${e.basis.join("；")}）` : ""}`).join("\n");
}
