import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { MESSAGES, type Lang, type MessageKey } from "./messages.js";

export const LangContext = createContext<Lang>("zh");

/** The translator of the current language, and the language: `const { t, lang } = useT()`. */
export function useT(): { t: (key: MessageKey) => string; lang: Lang; pick: (zh: string, en: string | undefined) => string } {
  const lang = useContext(LangContext);
  return {
    lang,
    t: (key) => MESSAGES[lang][key],
    pick: (zh, en) => (lang === "en" && en ? en : zh),
  };
}

const STORE = "cailiang.lang";

export function savedLang(): Lang {
  try {
    return localStorage.getItem(STORE) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(STORE, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
}
