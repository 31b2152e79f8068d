/** The methods some route answers for `path`: what a 405's `Allow` lists (HEAD wherever GET is). */
export function allowedMethods(routes: ReadonlyArray<{ method: string; path: string }>, path: string): string[] {
  const methods = new Set<string>();
  for (const r of routes) {
    if (r.method === "ALL" || !pathPattern(r.path).test(path)) continue;
    methods.add(r.method);
    if (r.method === "GET") methods.add("HEAD");
  }
  return [...methods].sort();
}

const patterns = new Map<string, RegExp>();

/** Hono's route path ("/v1/rulesets/:id", "/docs/*") as a regular expression. */
function pathPattern(route: string): RegExp {
  let re = patterns.get(route);
  if (!re) {
    const body = route
      .split("/")
      .map((seg) => (seg === "*" ? ".*" : seg.startsWith(":") ? "[^/]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/");
    patterns.set(route, (re = new RegExp(`^${body}/?$`)));
  }
  return re;
}
