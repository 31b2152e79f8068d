/**
 * The HTTP shapes, for validation and for /openapi.json. Request and result shapes are the core's
 * own zod schemas, wrapped with `.openapi(name)` to become named components; only the envelopes
 * the core has no schema for (lists, service answers) are declared here, each checked at compile
 * time against the core type it mirrors.
 */
import { z } from "@hono/zod-openapi";
import { ERROR_CODES, type ErrorBody, type RulesetSummary } from "@cailiang/core";
import { AssessInput, AssessResult, Condition, Id, IsoDate, Offense, RulesetHeader } from "@cailiang/core/schemas";
import { HTTP_STATUS } from "./errors.js";

/**
 * `.openapi(name)` on a core schema. Zod 4 copies prototype methods onto each schema when it is
 * built, so a schema the core built before @hono/zod-openapi extended zod lacks the method: call
 * it from the prototype. It returns a named copy (the lazy Condition is also named in place).
 */
function named<T extends z.ZodType>(schema: T, name: string, metadata?: { description: string }): T {
  return z.ZodType.prototype.openapi.call(schema, name, metadata) as T;
}

// The recursive condition needs a name of its own, or the generator recurses forever.
named(Condition, "Condition");

/** ISO date, exactly as the rule files define it. */
export const IsoDateParam = IsoDate;

/** A ruleset or offense id in a path: the rule files' id grammar, at most 64 characters. */
export function idPathParam(name: string, example: string) {
  return z.ZodType.prototype.openapi.call(Id.max(64), { param: { name, in: "path" }, example }) as z.ZodString;
}

export const AssessInputSchema = named(AssessInput, "AssessInput");
export const AssessResultSchema = named(AssessResult, "AssessResult");

const RulesetRef = z.strictObject({ id: z.string(), version: z.string(), hash: z.string() });

export const RulesetListSchema = z
  .array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      authority: z.string(),
      versions: z.array(
        z.strictObject({
          version: z.string(),
          effectiveFrom: z.string(),
          effectiveTo: z.string().nullable(),
          hash: z.string(),
          status: z.string(),
        }),
      ),
    }),
  )
  .openapi("RulesetList");

export const OffenseSummarySchema = z.strictObject({ id: z.string(), title: z.string(), category: z.string() }).openapi("OffenseSummary");

export const RulesetDetailSchema = RulesetHeader.omit({ $schema: true })
  .extend({ hash: z.string(), offenses: z.array(OffenseSummarySchema) })
  .openapi("RulesetDetail", { description: "The version in force on the day asked (or the latest): metadata, general circumstances, offenses" });

export const OffenseDetailSchema = Offense.omit({ $schema: true })
  .extend({ ruleset: RulesetRef })
  .openapi("OffenseDetail", { description: "The whole offense: legal basis with article text, statutory penalty, tiers, circumstances and facts" });

const IssueSchema = z.strictObject({
  code: z.string(),
  path: z.string(),
  message: z.string(),
  zh: z.string(),
  en: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const ErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z
        .enum(ERROR_CODES)
        .describe(
          `Stable code, with its HTTP status: ${Object.entries(HTTP_STATUS).map(([code, status]) => `${code} ${status}`).join(", ")}. ` +
            "ROUTE_NOT_FOUND answers any path no route has; METHOD_NOT_ALLOWED (with an Allow header) a known path with another method; " +
            "REQUEST_TIMEOUT and HEADERS_TOO_LARGE come from the connection limits; RATE_LIMITED only when the per-client limit is on.",
        ),
      message: z.string(),
      zh: z.string(),
      en: z.string(),
      issues: z.array(IssueSchema),
    }),
  })
  .openapi("Error");

export const HealthSchema = z.strictObject({ status: z.literal("ok") }).openapi("Health");

export const ReadySchema = z
  .strictObject({
    status: z.enum(["ready", "draining"]).describe("`draining` (with 503) once shutdown has begun"),
    loadedAt: z.string().describe("When the live rules were loaded (ISO time)"),
    rulesets: z.array(RulesetRef.extend({ effectiveFrom: z.string(), effectiveTo: z.string().nullable() })),
    lastReloadError: z
      .strictObject({ at: z.string(), issues: z.array(IssueSchema.omit({ message: true })) })
      .nullable()
      .describe("The last reload that failed validation since the live rules were loaded; the live rules keep serving"),
    removedVersions: z
      .array(RulesetRef.extend({ effectiveFrom: z.string(), effectiveTo: z.string().nullable(), removedAt: z.string(), inForce: z.boolean() }))
      .describe("Versions a reload took away (a deleted version folder), `inForce` when they were in force that day: requests dated in them now fail"),
  })
  .openapi("Ready");
export type ReadyBody = z.infer<typeof ReadySchema>;

// Compile-time checks that the declared envelopes match the core's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameError: Same<z.infer<typeof ErrorSchema>, ErrorBody> = true;
const sameList: Same<z.infer<typeof RulesetListSchema>, RulesetSummary[]> = true;
void sameError;
void sameList;
