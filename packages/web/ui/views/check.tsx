import { issueLocation, runCases, type CaseOutcome, type Issue, type SourceFile } from "@cailiang/core";
import { useEffect, useState } from "preact/hooks";
import { useT } from "../i18n.js";
import { groupIntoVersions, readDropped, readInputFiles } from "../read-dropped.js";
import { checkVersions, type CheckedRules } from "../rules-bundle.js";
import { useRules } from "../rules-context.js";

interface Checked {
  label: string;
  rules: CheckedRules;
  outcomes: CaseOutcome[];
}

/**
 * 规则校验: the core validates the rules in this browser (nothing is uploaded). Every issue is
 * listed with file:line:column; choosing one shows the offending line. The pack's cases run.
 */
export function CheckView({ params }: { params: URLSearchParams }) {
  const { t, pick } = useT();
  const served = useRules();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<{ file: string; line: number } | null>(() => {
    const file = params.get("file");
    return file ? { file, line: Number(params.get("line") ?? "1") || 1 } : null;
  });

  async function check(label: string, rules: Promise<CheckedRules> | CheckedRules) {
    setBusy(true);
    const r = await rules;
    const outcomes = r.registry ? await runCases(r.registry, r.cases) : [];
    setChecked({ label, rules: r, outcomes });
    setBusy(false);
  }
  async function checkFiles(files: SourceFile[]) {
    setShown(null);
    await check(files.length === 1 ? (files[0] as SourceFile).path : `${files.length} ${t("file")}`, checkVersions(groupIntoVersions(files)));
  }

  useEffect(() => {
    if (served.status === "ready" && !checked) void check(t("currentRules"), served.checked);
  }, [served.status]);

  const files = checked?.rules.files ?? [];
  const source = shown ? files.find((f) => f.path === shown.file) : undefined;
  const failed = checked?.outcomes.filter((o) => !o.passed) ?? [];

  return (
    <div class="check">
      <p class="notice" role="note"><strong>{t("nothingUploaded")}</strong></p>
      <div
        class="drop"
        role="group"
        aria-label={t("dropHere")}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          if (e.dataTransfer) void readDropped(e.dataTransfer.items).then(checkFiles);
        }}
      >
        <label class="file-button">
          {t("openFolder")}
          <input type="file" {...{ webkitdirectory: true }} multiple onChange={(e) => { const l = (e.target as HTMLInputElement).files; if (l) void readInputFiles(l).then(checkFiles); }} />
        </label>
        <label class="file-button">
          {t("openFiles")}
          <input type="file" accept=".json,application/json" multiple onChange={(e) => { const l = (e.target as HTMLInputElement).files; if (l) void readInputFiles(l).then(checkFiles); }} />
        </label>
        <span>{t("dropHere")}</span>
      </div>
      {busy && <p role="status">{t("checking")}</p>}
      {checked && (
        <>
          <p>{t("checked")}：{checked.label}</p>
          <section aria-labelledby="issues-h">
            <h2 id="issues-h">{t("issues")}：{checked.rules.issues.length}</h2>
            {checked.rules.issues.length === 0 ? <p role="status">{t("noIssues")}</p> : <IssueTable issues={checked.rules.issues} onShow={(file, line) => setShown({ file, line })} />}
          </section>
          {source && shown && <SourceLines file={source} line={shown.line} />}
          <section aria-labelledby="cases-h">
            <h2 id="cases-h">{t("casesRun")}</h2>
            <p role="status">{checked.outcomes.length - failed.length} {t("passed")}，{failed.length} {t("failed")}</p>
            {failed.length > 0 && (
              <ul>{failed.map((o, i) => <li key={i}><code>{o.file}:{o.line}</code> {o.name}：{o.mismatches.join("；")}</li>)}</ul>
            )}
            {checked.outcomes.length > 0 && (
              <details>
                <summary>{t("cases")}（{checked.outcomes.length}）</summary>
                <ul class="cases">{checked.outcomes.map((o, i) => <li key={i}>{o.passed ? "✓" : "✗"} {o.name}</li>)}</ul>
              </details>
            )}
          </section>
        </>
      )}
      {!checked && source && shown && <SourceLines file={source} line={shown.line} />}
    </div>
  );

  function IssueTable({ issues, onShow }: { issues: Issue[]; onShow: (file: string, line: number) => void }) {
    return (
      <table class="issues">
        <thead>
          <tr><th scope="col">{t("location")}</th><th scope="col">{t("message")}</th><th scope="col"><span class="visually-hidden">{t("showLine")}</span></th></tr>
        </thead>
        <tbody>
          {issues.map((i, k) => (
            <tr key={k}>
              <td><code id={`issue-${k}`}>{issueLocation(i)}</code></td>
              <td>{pick(i.zh, i.en)} <small>[{i.code}]</small></td>
              <td>{i.file && i.line ? <button type="button" onClick={() => onShow(i.file as string, i.line as number)} aria-describedby={`issue-${k}`}>{t("showLine")}</button> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
}

/** The file around the line, the line marked; it scrolls into view and takes focus. */
function SourceLines({ file, line }: { file: SourceFile; line: number }) {
  const { t } = useT();
  const lines = file.text.split(/\r?\n/);
  const from = Math.max(0, line - 8);
  const to = Math.min(lines.length, line + 7);
  useEffect(() => {
    const el = document.getElementById("source-h");
    el?.focus();
  }, [file.path, line]);
  return (
    <section aria-labelledby="source-h" class="source">
      <h2 id="source-h" tabIndex={-1}>{file.path}:{line}</h2>
      <pre>
        {lines.slice(from, to).map((text, i) => {
          const n = from + i + 1;
          return n === line ? (
            <mark key={n} aria-label={`${t("lineOf")} ${n}`}><span class="ln">{n}</span>{text}{"\n"}</mark>
          ) : (
            <span key={n}><span class="ln">{n}</span>{text}{"\n"}</span>
          );
        })}
      </pre>
    </section>
  );
}
