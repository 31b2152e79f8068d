import { z } from "zod";
import { parseIsoDate } from "../dates.js";
import { decimalPattern } from "../money.js";

/** A non-negative decimal amount in yuan, written as a string so no float ever touches it ("50000", "12000.50"). */
export const MoneyString = z
  .string()
  .regex(new RegExp(decimalPattern({ maxPlaces: 2 })), { message: "金额须为以元计的十进制字符串，如 \"50000\"、\"12000.50\" / amount must be a decimal string in yuan, e.g. \"50000\" or \"12000.50\"" })
  .describe("以元计的金额，写成十进制字符串 / Amount in yuan as a decimal string (元)");

/** A non-negative decimal factor (a multiple such as "5", or a fraction such as "0.3"). */
export const DecimalString = z
  .string()
  .regex(new RegExp(decimalPattern()), { message: "须为非负十进制字符串，如 \"5\"、\"0.3\" / must be a non-negative decimal string, e.g. \"5\" or \"0.3\"" })
  .describe("非负十进制数，写成字符串 / Non-negative decimal as a string");

/** ISO calendar date YYYY-MM-DD (checked to be a real day). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "日期格式须为 YYYY-MM-DD / date must be YYYY-MM-DD" })
  .refine((s) => parseIsoDate(s) !== undefined, { message: "不是真实存在的日期 / not a real calendar day" })
  .describe("日期，格式 YYYY-MM-DD / ISO date YYYY-MM-DD");

/** Stable, human-meaningful id: lower-case letters, digits and dashes (e.g. "dlf-71", "first-offense"). */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "标识只能由小写字母、数字和单个连字符组成，如 \"dlf-71\" / id must be lower-case letters, digits and single dashes, e.g. \"dlf-71\"" });

/** A fact name declared by an offense: camelCase (e.g. "unpaidFee"). */
export const FactName = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, { message: "事实名须为驼峰式，如 \"unpaidFee\" / fact name must be camelCase, e.g. \"unpaidFee\"" });

/** Semantic version of a ruleset (patch = corrected amount or wording; minor = new offense; major = id removed or renamed). */
export const SemVer = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, { message: "版本号须为 主.次.修订 (semver) / version must be semver MAJOR.MINOR.PATCH" });

/** Text in Chinese with an optional English rendering. */
export const NonEmpty = z.string().min(1);
