/** A message in both languages. */
export interface Text {
  zh: string;
  en: string;
}

/** A table of messages: each code a function of its values, giving the Chinese and English text. */
export type Table = Record<string, (p: never) => readonly [zh: string, en: string]>;

/** The values a code of a table takes: none, or one object. */
export type Values<T extends Table, C extends keyof T> = Parameters<T[C]>;

/**
 * The reader of one table: a code and its values in, the text out. The codes are the table's keys,
 * a closed union, so a step can only name a message that exists, with the values it needs.
 * @example
 * const say = catalogue({ HELLO: (p: { who: string }) => [`你好，${p.who}`, `Hello, ${p.who}`] });
 * say("HELLO", { who: "法制科" }); // { zh: "你好，法制科", en: "Hello, 法制科" }
 */
export function catalogue<T extends Table>(table: T): <C extends keyof T & string>(code: C, ...values: Values<T, C>) => Text {
  return (code, ...values) => {
    const [zh, en] = (table[code] as (p?: unknown) => readonly [string, string])(values[0]);
    return { zh, en };
  };
}

/** Texts joined, each language with its own separator. */
export function joinTexts(texts: readonly Text[], zh = "；", en = "; "): Text {
  return { zh: texts.map((t) => t.zh).join(zh), en: texts.map((t) => t.en).join(en) };
}
