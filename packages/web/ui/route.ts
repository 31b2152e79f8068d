import { useEffect, useState } from "preact/hooks";

/** The four views; each has its own URL (`#/standard?at=…`), so a link can be shared. */
export const VIEWS = ["standard", "trial", "diff", "check"] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  params: URLSearchParams;
}

/** Hash URLs work wherever the static files are put: at `/`, in a folder, behind a proxy. */
export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : "standard";
  return { view, params: new URLSearchParams(query) };
}

export function href(view: View, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""));
  const s = q.toString();
  return `#/${view}${s ? `?${s}` : ""}`;
}

/** Replaces the query of the current view without a new history entry (form state in the URL). */
export function replaceParams(view: View, params: Record<string, string | undefined>): void {
  history.replaceState(null, "", href(view, params));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}
