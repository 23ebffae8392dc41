import { Hono } from "hono";
import type { TeamDeps } from "../teams/deps.ts";

/** Placeholder: being written. */
export function attemptRoutes(_deps: TeamDeps) {
  return new Hono();
}
