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
  | { name: "verify-email" }
  | { name: "forgot-password" }
  | { name: "reset-password" }
  | { name: "teams" }
  | { name: "team-join"; invitationId: string }
  | { name: "team"; teamId: string }
  | { name: "team-problem-new"; teamId: string }
  | { name: "team-problem"; teamId: string; problemId: string }
  | { name: "team-set-new"; teamId: string }
  | { name: "team-set"; teamId: string; setId: string }
  | { name: "team-attempt"; teamId: string; attemptId: string }
  | { name: "invite"; token: string }
  | { name: "attempt"; attemptId: string }
  | { name: "attempt-item"; attemptId: string; position: number }
  | { name: "not-found" };

const ID = "([A-Za-z0-9_-]+)";
/** Team and attempt pages, matched in order: "new" before an id. */
const TEAM_ROUTES: [RegExp, (m: string[]) => Route][] = [
  [/^\/teams\/?$/, () => ({ name: "teams" })],
  [new RegExp(`^/teams/join/${ID}/?$`), (m) => ({ name: "team-join", invitationId: m[1] ?? "" })],
  [new RegExp(`^/teams/${ID}/problems/new/?$`), (m) => ({ name: "team-problem-new", teamId: m[1] ?? "" })],
  [new RegExp(`^/teams/${ID}/problems/${ID}/?$`), (m) => ({ name: "team-problem", teamId: m[1] ?? "", problemId: m[2] ?? "" })],
  [new RegExp(`^/teams/${ID}/sets/new/?$`), (m) => ({ name: "team-set-new", teamId: m[1] ?? "" })],
  [new RegExp(`^/teams/${ID}/sets/${ID}/?$`), (m) => ({ name: "team-set", teamId: m[1] ?? "", setId: m[2] ?? "" })],
  [new RegExp(`^/teams/${ID}/attempts/${ID}/?$`), (m) => ({ name: "team-attempt", teamId: m[1] ?? "", attemptId: m[2] ?? "" })],
  [new RegExp(`^/teams/${ID}/?$`), (m) => ({ name: "team", teamId: m[1] ?? "" })],
  [new RegExp(`^/invite/${ID}/?$`), (m) => ({ name: "invite", token: m[1] ?? "" })],
  [new RegExp(`^/attempts/${ID}/items/(\\d{1,4})/?$`), (m) => ({ name: "attempt-item", attemptId: m[1] ?? "", position: Number(m[2]) })],
  [new RegExp(`^/attempts/${ID}/?$`), (m) => ({ name: "attempt", attemptId: m[1] ?? "" })],
];

/** Pages named by their path: /sign-in, /verify-email... (the mail's links land on the last three). */
const ACCOUNT_PAGES = ["sign-in", "sign-up", "verify-email", "forgot-password", "reset-password"] as const;

export function matchRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "/problems" || pathname === "/problems/") return { name: "problems" };
  const problem = /^\/problems\/([a-z0-9][a-z0-9-]*)\/?$/.exec(pathname);
  if (problem?.[1]) return { name: "problem", slug: problem[1] };
  const written = /^\/(design|behavioral)(?:\/([a-z0-9][a-z0-9-]*))?\/?$/.exec(pathname);
  if (written?.[1] === "design") return written[2] ? { name: "design", id: written[2] } : { name: "design-list" };
  if (written?.[1] === "behavioral") return written[2] ? { name: "behavioral", id: written[2] } : { name: "behavioral-list" };
  if (pathname === "/concepts" || pathname === "/concepts/") return { name: "concepts" };
  const account = ACCOUNT_PAGES.find((name) => pathname === `/${name}`);
  if (account) return { name: account };
  for (const [pattern, route] of TEAM_ROUTES) {
    const match = pattern.exec(pathname);
    if (match) return route([...match]);
  }
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
  /** Where the verification mail's link lands, then goes on to `next`. */
  verifyEmail: (next?: string) => withNext("/verify-email", next),
  forgotPassword: () => "/forgot-password",
  resetPassword: () => "/reset-password",
  teams: () => "/teams",
  teamJoin: (invitationId: string) => `/teams/join/${encodeURIComponent(invitationId)}`,
  team: (teamId: string) => `/teams/${encodeURIComponent(teamId)}`,
  teamProblemNew: (teamId: string, kind?: string) => `/teams/${encodeURIComponent(teamId)}/problems/new${kind ? `?kind=${encodeURIComponent(kind)}` : ""}`,
  teamProblem: (teamId: string, problemId: string) => `/teams/${encodeURIComponent(teamId)}/problems/${encodeURIComponent(problemId)}`,
  teamSetNew: (teamId: string) => `/teams/${encodeURIComponent(teamId)}/sets/new`,
  teamSet: (teamId: string, setId: string) => `/teams/${encodeURIComponent(teamId)}/sets/${encodeURIComponent(setId)}`,
  teamAttempt: (teamId: string, attemptId: string) => `/teams/${encodeURIComponent(teamId)}/attempts/${encodeURIComponent(attemptId)}`,
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  attempt: (attemptId: string) => `/attempts/${encodeURIComponent(attemptId)}`,
  attemptItem: (attemptId: string, position: number) => `/attempts/${encodeURIComponent(attemptId)}/items/${position}`,
};

function withNext(path: string, next: string | undefined): string {
  return next && next !== "/" ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** The `next` path from a query string, if it stays on this site ("//host" and "/\\host" do not). */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}
