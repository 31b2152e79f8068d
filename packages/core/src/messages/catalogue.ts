/** A message in both languages. */
export interface Text {
  zh: string;
  en: string;
}

/** A table of messages: each code a function of its values, giving the Chinese and English text. */
export type Table = Record<string, (p: never) => Text>;

/** A message of a table's entry. */
export function text(zh: string, en: string): Text {
  return { zh, en };
}

/** The values a code of a table takes: none, or one object. */
export type Values<T extends Table, C extends keyof T> = Parameters<T[C]>;

/**
 * The reader of one table by code, for messages whose code is data (a warning's, an issue's): a
 * code and its values in, the text out. The codes are the table's keys, a closed union, so a step
 * can only name a message that exists, with the values it needs. On the hot path, call the table's
 * entry itself (`sentence.FINE(values)`): one function per call site stays fast.
 * @example
 * const say = catalogue({ HELLO: (p: { who: string }) => text(`你好，${p.who}`, `Hello, ${p.who}`) });
 * say("HELLO", { who: "法制科" }); // { zh: "你好，法制科", en: "Hello, 法制科" }
 */
export function catalogue<T extends Table>(table: T): <C extends keyof T & string>(code: C, ...values: Values<T, C>) => Text {
  return (code, ...values) => (table[code] as (p?: unknown) => Text)(values[0]);
}

/** Texts joined, each language with its own separator. */
export function joinTexts(texts: readonly Text[], zh = "；", en = "; "): Text {
  let z = "";
  let e = "";
  texts.forEach((t, i) => {
    z += i === 0 ? t.zh : zh + t.zh;
    e += i === 0 ? t.en : en + t.en;
  });
  return { zh: z, en: e };
}
