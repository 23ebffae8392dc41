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

export type Route = { name: "problems" } | { name: "problem"; slug: string } | { name: "not-found" };

export function matchRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "/problems" || pathname === "/problems/") return { name: "problems" };
  const problem = /^\/problems\/([a-z0-9][a-z0-9-]*)\/?$/.exec(pathname);
  if (problem?.[1]) return { name: "problem", slug: problem[1] };
  return { name: "not-found" };
}

export const paths = {
  problems: () => "/",
  problem: (slug: string) => `/problems/${encodeURIComponent(slug)}`,
};
