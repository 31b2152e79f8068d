import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";

/**
 * What is wrong with a file JSON.parse refused, said for the people who edit rule files by hand:
 * what is wrong, how to fix it, and where (the trailing comma itself, not the line after it).
 * Punctuation typed with a Chinese input method (，：“ ”) is named as such.
 */
export interface SyntaxProblem {
  /** Offset in the text of the character to fix. */
  offset: number;
  zh: string;
  en: string;
}

/** Full-width punctuation a Chinese input method types in place of JSON's own. */
const FULL_WIDTH: Record<string, { zh: string; en: string }> = {
  "，": { zh: "这里是中文逗号“，”，请改用英文逗号 ,", en: "this is a full-width comma (，): use an English comma ," },
  "：": { zh: "这里是中文冒号“：”，请改用英文冒号 :", en: "this is a full-width colon (：): use an English colon :" },
  "“": { zh: "这里是中文引号“，请改用英文引号 \"", en: 'this is a full-width quote (“): use an English quote "' },
  "”": { zh: "这里是中文引号”，请改用英文引号 \"", en: 'this is a full-width quote (”): use an English quote "' },
  "‘": { zh: "这里是中文单引号‘，请改用英文双引号 \"", en: 'this is a full-width quote (‘): use an English double quote "' },
  "’": { zh: "这里是中文单引号’，请改用英文双引号 \"", en: 'this is a full-width quote (’): use an English double quote "' },
  "［": { zh: "这里是全角方括号“［”，请改用英文方括号 [", en: "this is a full-width bracket (［): use [" },
  "］": { zh: "这里是全角方括号“］”，请改用英文方括号 ]", en: "this is a full-width bracket (］): use ]" },
  "｛": { zh: "这里是全角花括号“｛”，请改用英文花括号 {", en: "this is a full-width brace (｛): use {" },
  "｝": { zh: "这里是全角花括号“｝”，请改用英文花括号 }", en: "this is a full-width brace (｝): use }" },
};

const WHITESPACE = /\s/;

/**
 * The syntax problems of `text`, in file order. Problems after one the parser cannot recover from
 * cleanly are left out: they are its echoes (a `，` is also a "comma expected" on the next line).
 */
export function syntaxProblems(text: string): SyntaxProblem[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length === 0) errors.push({ error: 4, offset: 0, length: 0 });
  const out: SyntaxProblem[] = [];
  const seen = new Set<number>();
  for (const e of errors) {
    const p = explain(text, e);
    if (seen.has(p.offset) || seen.has(e.offset)) continue;
    seen.add(p.offset).add(e.offset);
    out.push(p);
    if (!p.recovers) break;
  }
  return out.map(({ offset, zh, en }) => ({ offset, zh, en }));
}

function explain(text: string, e: ParseError): SyntaxProblem & { recovers: boolean } {
  const code = printParseErrorCode(e.error);
  const token = text.slice(e.offset, e.offset + e.length);
  const before = previousNonSpace(text, e.offset);
  const fullWidth = firstFullWidth(text, e.offset, e.offset + Math.max(e.length, 1));
  switch (code) {
    case "PropertyNameExpected":
    case "ValueExpected":
      if (text.length === 0 || before < 0) return stop(e.offset, "文件是空的：规则文件须是一个 JSON 对象 { … }", "The file is empty: a rule file is one JSON object { … }");
      if (text[before] === "," && (token === "}" || token === "]")) {
        return { offset: before, recovers: true, zh: `多余的逗号：${token === "}" ? "最后一个字段" : "列表最后一项"}后面不能有逗号，请删除这个逗号`, en: `Trailing comma: nothing follows it before "${token}"; delete this comma` };
      }
      if (fullWidth) return stop(fullWidth.offset, fullWidth.zh, fullWidth.en);
      if (text[before] === ":") return stop(before + 1, "冒号后缺少值：请填写值（文字加英文双引号，如 \"盗窃电能\"；数字、true、false、null 不加）", "A value is expected after the colon (text in double quotes; numbers, true, false, null without)");
      if (code === "PropertyNameExpected") return stop(e.offset, "这里应是字段名：字段名须加英文双引号，如 \"title\"", 'A field name is expected here, in double quotes, e.g. "title"');
      return stop(e.offset, "这里缺少值：文字须加英文双引号，数字、true、false、null 不加", "A value is expected here: text in double quotes; numbers, true, false, null without");
    case "CommaExpected":
      if (fullWidth) return stop(fullWidth.offset, fullWidth.zh, fullWidth.en);
      // Point just after the item that lacks its comma, not at the next line.
      return { offset: before + 1, recovers: true, zh: "缺少逗号：两项之间须用英文逗号 , 隔开，请在这里加上", en: "Comma expected: add a comma , here, between the two items" };
    case "ColonExpected":
      if (fullWidth) return stop(fullWidth.offset, fullWidth.zh, fullWidth.en);
      return stop(before + 1, "缺少冒号：字段名后须有英文冒号 :，如 \"title\": \"…\"", 'Colon expected after the field name, e.g. "title": "…"');
    case "InvalidSymbol":
      return invalidSymbol(text, e.offset, token);
    case "UnexpectedEndOfString": {
      const quote = firstFullWidth(text, e.offset, lineEnd(text, e.offset), ["“", "”"]);
      if (quote) return stop(quote.offset, quote.zh, quote.en);
      return stop(e.offset, "文字没有结束：缺少结尾的英文双引号 \"（一段文字不能跨行，换行请写 \\n）", 'Unterminated text: the closing double quote " is missing (text cannot span lines; write \\n for a line break)');
    }
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      return stop(e.offset, "JSON 文件不能写注释（// 或 /* */），请删除", "JSON files cannot hold comments (// or /* */): delete it");
    case "CloseBraceExpected":
      return stop(e.offset, "缺少右花括号 }：有一个 { 没有配对", "Closing brace } expected: a { is not closed");
    case "CloseBracketExpected":
      return stop(e.offset, "缺少右方括号 ]：有一个 [ 没有配对", "Closing bracket ] expected: a [ is not closed");
    case "EndOfFileExpected":
      return stop(e.offset, `文件在这里之前就已结束，"${token}" 是多余的（多了一个 } 或 ]？）`, `The file should end before this: "${token}" is extra (one } or ] too many?)`);
    case "InvalidNumberFormat":
    case "UnexpectedEndOfNumber":
      return stop(e.offset, `数字 ${token} 的写法有误：金额请写成文字，如 "10000.50"`, `Malformed number ${token}: write amounts as text, e.g. "10000.50"`);
    case "InvalidEscapeCharacter":
    case "InvalidUnicode":
      return stop(e.offset, "文字中的反斜杠 \\ 写法有误：反斜杠本身须写成 \\\\", "Invalid escape in text: a backslash itself is written \\\\");
    case "InvalidCharacter":
      return stop(e.offset, "文字中有不可见的控制字符（如制表符），请删除或者改为空格", "Text holds a control character (such as a tab): delete it or use a space");
    default:
      return stop(e.offset, `JSON 语法错误（${code}）`, `JSON syntax error (${code})`);
  }
}

/** Something the scanner does not know: full-width punctuation, single quotes, a name without quotes. */
function invalidSymbol(text: string, offset: number, token: string): SyntaxProblem & { recovers: boolean } {
  const fullWidth = firstFullWidth(text, offset, offset + token.length);
  if (fullWidth) return stop(fullWidth.offset, fullWidth.zh, fullWidth.en);
  if (token.startsWith("'")) return stop(offset, "JSON 须用英文双引号 \"，不能用单引号 '", "JSON needs double quotes \", not single quotes '");
  const next = text[nextNonSpace(text, offset + token.length)];
  if (next === ":") return stop(offset, `字段名 ${token} 须加英文双引号："${token}"`, `The field name ${token} needs double quotes: "${token}"`);
  return stop(offset, `无法识别 ${token}：文字须加英文双引号，如 "${token}"；只有数字、true、false、null 不加`, `Cannot read ${token}: text needs double quotes, e.g. "${token}"; only numbers, true, false, null go without`);
}

function stop(offset: number, zh: string, en: string): SyntaxProblem & { recovers: boolean } {
  return { offset, zh, en, recovers: false };
}

function firstFullWidth(text: string, from: number, to: number, only?: readonly string[]): SyntaxProblem | undefined {
  for (let i = from; i < Math.min(to, text.length); i++) {
    const ch = text[i] as string;
    const m = FULL_WIDTH[ch];
    if (m && (!only || only.includes(ch))) return { offset: i, ...m };
  }
  return undefined;
}

function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && WHITESPACE.test(text[i] as string)) i--;
  return i;
}

function nextNonSpace(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && WHITESPACE.test(text[i] as string)) i++;
  return i;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i;
}
