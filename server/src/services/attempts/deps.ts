import type { TeamDeps } from "../../teams/deps.ts";

/** What attempts are run and closed with: no HTTP, no auth, so the periodic sweep can use it too. */
export type AttemptDeps = Pick<TeamDeps, "db" | "judge" | "problems" | "rubrics" | "llm" | "now">;

/** The server's time, from the injected clock when there is one. */
export function nowOf(deps: { now?: (() => Date) | undefined }): Date {
  return deps.now?.() ?? new Date();
}
