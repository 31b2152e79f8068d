/**
 * What the OpenAPI document needs beyond the routes' own definitions: examples valid for the
 * shipped pack (rules/hebei-luquan-gxj), and the split of defaulted fields (optional in requests,
 * required in responses, where the server always fills them in).
 */

/** The example case of API.md, valid for the shipped pack (its one version is in force from 2026-01-01). */
export const ASSESS_EXAMPLE = {
  ruleset: "hebei-luquan-gxj",
  offense: "dlf-71",
  party: { kind: "organization" },
  dates: { act: "2026-03-01", discovered: "2026-05-20", filed: "2026-05-22", decision: "2026-06-10" },
  facts: { unpaidFee: "12000.50" },
  circumstances: ["first-offense", "eliminated-harm"],
};

/** A decided case for POST /v1/review: the example case, with what was decided. */
export const REVIEW_EXAMPLE = {
  caseNumber: "鹿工信罚〔2026〕1号",
  ...ASSESS_EXAMPLE,
  decided: {
    procedure: "ordinary",
    penalties: [{ type: "fine", amount: "16500" }],
    hearingOffered: true,
    legalReviewed: true,
    collectiveDiscussed: false,
    dates: { filed: "2026-05-22", decided: "2026-06-10" },
  },
};

/** Example path and query values, valid for the shipped pack. */
export const PARAM_EXAMPLES = { id: "hebei-luquan-gxj", offense: "dlf-71", at: "2026-06-10" } as const;

type Json = Record<string, unknown>;

/**
 * Defaulted properties, split by direction. In a component only responses use, a property with a
 * `default` is listed as required: the server always sends it. In a component a request body uses,
 * it stays optional, and its default moves into the description: generators such as
 * openapi-typescript make any property with a `default` required, which would oblige a client to
 * send what the server fills in.
 */
export function splitDefaults(doc: Json): Json {
  const components = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const requestOnly = new Set<string>();
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const ops of Object.values(paths)) {
    for (const op of Object.values(ops)) collectRefs(op.requestBody, components, requestOnly);
  }
  for (const [name, schema] of Object.entries(components)) {
    if (requestOnly.has(name)) describeDefaults(schema);
    else requireDefaults(schema);
  }
  return doc;
}

/** Within one schema, every `default` is dropped and said in the description instead. */
function describeDefaults(node: unknown): void {
  if (Array.isArray(node)) for (const n of node) describeDefaults(n);
  else if (node && typeof node === "object") {
    const schema = node as Json;
    const props = schema.properties as Record<string, Json> | undefined;
    if (props && typeof props === "object") {
      for (const prop of Object.values(props)) {
        if (!prop || !("default" in prop)) continue;
        const said = `Default: ${JSON.stringify(prop.default)}.`;
        prop.description = typeof prop.description === "string" ? `${prop.description.replace(/\.?$/, ".")} ${said}` : said;
        delete prop.default;
      }
    }
    for (const v of Object.values(schema)) describeDefaults(v);
  }
}

/** Adds to `seen` every component `node` refers to, transitively. */
function collectRefs(node: unknown, components: Record<string, Json>, seen: Set<string>): void {
  if (Array.isArray(node)) for (const n of node) collectRefs(n, components, seen);
  else if (node && typeof node === "object") {
    const ref = (node as Json).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!seen.has(name)) {
        seen.add(name);
        collectRefs(components[name], components, seen);
      }
    }
    for (const v of Object.values(node)) collectRefs(v, components, seen);
  }
}

/** Within one schema (not across $refs), every property with a default becomes required. */
function requireDefaults(node: unknown): void {
  if (Array.isArray(node)) for (const n of node) requireDefaults(n);
  else if (node && typeof node === "object") {
    const schema = node as Json;
    const props = schema.properties as Record<string, Json> | undefined;
    if (props && typeof props === "object") {
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [key, prop] of Object.entries(props)) if (prop && "default" in prop) required.add(key);
      if (required.size > 0) schema.required = [...required];
    }
    for (const v of Object.values(schema)) requireDefaults(v);
  }
}
