/** The party as the statute names it in a sentence (行政处罚法第五十一条、第六十三条: 公民 / 法人或者其他组织). */
export type PartyKind = "individual" | "organization";

/** Which of the art. 63 thresholds was read: in business activity, outside it, or the only one there is. */
export type Activity = "business" | "non-business" | null;

export function who(kind: PartyKind): string {
  return kind === "individual" ? "公民" : "法人或者其他组织";
}

export function activityZh(activity: Activity): string {
  return activity === "non-business" ? "从事非经营活动的" : activity === "business" ? "从事经营活动的" : "";
}
