// JSON syntax errors as a legal officer meets them in a hand-edited rule file: in Chinese, with
// the fix, at the character to fix (the trailing comma itself, not the line after it).
import { describe, expect, it } from "vitest";
import { editedCopy, validateIssues } from "./fixture.js";

const FILE = "demo-std/1.1.0/offenses/steal-power.json";

/** The issue lines `validate` prints after `edit` of the offense file. */
const issuesAfter = async (edit: (text: string) => string) => validateIssues(await editedCopy(FILE, edit));

describe("JSON syntax errors", () => {
  it("a trailing comma is pointed at itself, with the fix", async () => {
    // Line 11: `        "text": "禁止盗窃电能。",` — the comma after the last field of the object.
    expect(await issuesAfter((t) => t.replace('"text": "禁止盗窃电能。"', '"text": "禁止盗窃电能。",'))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:11:26  JSON 语法错误：多余的逗号：最后一个字段后面不能有逗号，请删除这个逗号 / JSON syntax error: Trailing comma: nothing follows it before \"}\"; delete this comma [JSON_SYNTAX]",
    ]);
  });

  it("a trailing comma in a list, and a missing comma, each at its place", async () => {
    const lines = await issuesAfter((t) => t.replace('"type": "recover-fee"\n    }', '"type": "recover-fee"\n    },').replace('"title": "盗窃电能",', '"title": "盗窃电能"'));
    expect(lines).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:18  JSON 语法错误：缺少逗号：两项之间须用英文逗号 , 隔开，请在这里加上 / JSON syntax error: Comma expected: add a comma , here, between the two items [JSON_SYNTAX]",
      "demo-std/1.1.0/offenses/steal-power.json:28:6  JSON 语法错误：多余的逗号：列表最后一项后面不能有逗号，请删除这个逗号 / JSON syntax error: Trailing comma: nothing follows it before \"]\"; delete this comma [JSON_SYNTAX]",
    ]);
  });

  it("a full-width comma typed with a Chinese input method: use an English comma", async () => {
    expect(await issuesAfter((t) => t.replace('"title": "盗窃电能",', '"title": "盗窃电能"，'))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:18  JSON 语法错误：这里是中文逗号“，”，请改用英文逗号 , / JSON syntax error: this is a full-width comma (，): use an English comma , [JSON_SYNTAX]",
    ]);
  });

  it("a full-width colon and full-width quotes: use the English ones", async () => {
    expect(await issuesAfter((t) => t.replace('"title": "盗窃电能"', '"title"： "盗窃电能"'))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:10  JSON 语法错误：这里是中文冒号“：”，请改用英文冒号 : / JSON syntax error: this is a full-width colon (：): use an English colon : [JSON_SYNTAX]",
    ]);
    expect(await issuesAfter((t) => t.replace('"title": "盗窃电能"', '"title": "盗窃电能”'))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:17  JSON 语法错误：这里是中文引号”，请改用英文引号 \" / JSON syntax error: this is a full-width quote (”): use an English quote \" [JSON_SYNTAX]",
    ]);
    expect(await issuesAfter((t) => t.replace('"title": "盗窃电能"', '“title”: "盗窃电能"'))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:3  JSON 语法错误：这里是中文引号“，请改用英文引号 \" / JSON syntax error: this is a full-width quote (“): use an English quote \" [JSON_SYNTAX]",
    ]);
  });

  it("a field name without quotes, a value left out, a comment", async () => {
    expect(await issuesAfter((t) => t.replace('"title": "盗窃电能"', 'title: "盗窃电能"'))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:3  JSON 语法错误：字段名 title 须加英文双引号：\"title\" / JSON syntax error: The field name title needs double quotes: \"title\" [JSON_SYNTAX]",
    ]);
    expect(await issuesAfter((t) => t.replace('"title": "盗窃电能"', '"title": '))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:11  JSON 语法错误：冒号后缺少值：请填写值（文字加英文双引号，如 \"盗窃电能\"；数字、true、false、null 不加） / JSON syntax error: A value is expected after the colon (text in double quotes; numbers, true, false, null without) [JSON_SYNTAX]",
    ]);
    expect(await issuesAfter((t) => t.replace('"title": "盗窃电能",', '"title": "盗窃电能", // 标题'))).toEqual([
      "demo-std/1.1.0/offenses/steal-power.json:3:20  JSON 语法错误：JSON 文件不能写注释（// 或 /* */），请删除 / JSON syntax error: JSON files cannot hold comments (// or /* */): delete it [JSON_SYNTAX]",
    ]);
  });
});
