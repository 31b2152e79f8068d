import { describe, expect, it } from "vitest";
import { chineseNumber, cite } from "./cite.js";

describe("chineseNumber writes article numbers as statutes do", () => {
  it.each([
    [1, "一"], [10, "十"], [14, "十四"], [20, "二十"], [45, "四十五"], [71, "七十一"], [100, "一百"], [105, "一百零五"], [110, "一百一十"], [119, "一百一十九"], [1259, "一千二百五十九"],
  ])("%i → %s", (n, zh) => expect(chineseNumber(n)).toBe(zh));
});

describe("cite", () => {
  it("names law, article, paragraph and item", () => {
    expect(cite({ law: "电力法", article: 71 })).toBe("电力法第七十一条");
    expect(cite({ law: "行政处罚法", article: 32, item: 1 })).toBe("行政处罚法第三十二条第（一）项");
    expect(cite({ law: "民用爆炸物品安全管理条例", article: 44, paragraph: 3 })).toBe("民用爆炸物品安全管理条例第四十四条第三款");
  });
});
