import { useSyncExternalStore } from "react";

/** Two routes do not need a router library: the History API and one event are enough. */
const NAVIGATE_EVENT = "popstate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => window.removeEventListener(NAVIGATE_EVENT, onChange);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(to: string): void {
  if (to === window.location.pathname) return;
  window.history.pushState(null, "", to);
  window.dispatchEvent(new PopStateEvent(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

export type Route =
  | { name: "problems" }
  | { name: "problem"; slug: string }
  | { name: "design-list" }
  | { name: "design"; id: string }
  | { name: "behavioral-list" }
  | { name: "behavioral"; id: string }
  | { name: "concepts" }
  | { name: "sign-in" }
  | { name: "sign-up" }
  | { name: "not-found" };

export function matchRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "/problems" || pathname === "/problems/") return { name: "problems" };
  const problem = /^\/problems\/([a-z0-9][a-z0-9-]*)\/?$/.exec(pathname);
  if (problem?.[1]) return { name: "problem", slug: problem[1] };
  const written = /^\/(design|behavioral)(?:\/([a-z0-9][a-z0-9-]*))?\/?$/.exec(pathname);
  if (written?.[1] === "design") return written[2] ? { name: "design", id: written[2] } : { name: "design-list" };
  if (written?.[1] === "behavioral") return written[2] ? { name: "behavioral", id: written[2] } : { name: "behavioral-list" };
  if (pathname === "/concepts" || pathname === "/concepts/") return { name: "concepts" };
  if (pathname === "/sign-in" || pathname === "/sign-up") return { name: pathname.slice(1) as "sign-in" | "sign-up" };
  return { name: "not-found" };
}

export const paths = {
  problems: () => "/",
  problem: (slug: string) => `/problems/${encodeURIComponent(slug)}`,
  designList: () => "/design",
  design: (id: string) => `/design/${encodeURIComponent(id)}`,
  behavioralList: () => "/behavioral",
  behavioral: (id: string) => `/behavioral/${encodeURIComponent(id)}`,
  concepts: () => "/concepts",
  /** `next`: where to go once signed in (a path on this site). */
  signIn: (next?: string) => withNext("/sign-in", next),
  signUp: (next?: string) => withNext("/sign-up", next),
};

function withNext(path: string, next: string | undefined): string {
  return next && next !== "/" ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** The `next` path from a query string, if it stays on this site ("//host" and "/\\host" do not). */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}
