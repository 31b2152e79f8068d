import picomatch from "picomatch";

/**
 * `--filter`: a glob (`dlf-*`, `*从轻*`) when it holds * ? [ or {, else a substring. A case is kept
 * when its offense id or its name matches.
 */
export function nameFilter(pattern: string | undefined): (names: readonly string[]) => boolean {
  if (pattern === undefined || pattern === "") return () => true;
  const glob = /[*?[{]/.test(pattern) ? picomatch(pattern, { dot: true }) : undefined;
  return (names) => names.some((n) => (glob ? glob(n) : n.includes(pattern)));
}
