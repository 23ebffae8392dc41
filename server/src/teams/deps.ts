import type { Auth } from "../auth.ts";
import type { Db } from "../db/client.ts";
import type { Judge } from "../judge/types.ts";
import type { Lifecycle } from "../lifecycle.ts";
import type { RateLimits } from "../lib/rate-limits.ts";
import type { Problem } from "../problems/load.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { LlmReviewer } from "../scoring/llm.ts";
import type { Rubric } from "../scoring/rubric.ts";

/** What the team features (authoring, sets, invitations, attempts, results) are built from. */
export interface TeamDeps {
  db: Db;
  auth: Auth;
  judge: Judge;
  /** The public bank, which sets may draw from. */
  problems: readonly Problem[];
  rubrics: readonly Rubric[];
  llm: LlmReviewer | null;
  /** The header a trusted proxy sets to the client's address, when behind one. */
  proxyClientIpHeader?: string;
  /** Invitation lookups and accepts per client per minute. */
  invitationPerMinute: number;
  /** Whether accounts' emails are verified by mail; invitations bound to an email then need a verified one. */
  verifiesEmails: boolean;
  /** Per-client budgets for runs and submissions (attempts count against the same as practice). */
  rateLimits: RateLimits;
  /** Whether the server still takes new work (runs and submissions are refused while it drains); always by default. */
  lifecycle?: Lifecycle;
  /** The server's clock, for attempt deadlines and invitation expiry; `new Date()` by default (tests move it). */
  now?: () => Date;
  /** Where closed attempts and failures are logged; silent by default. */
  log?: Logger;
  /** Counts closed attempts; none by default. */
  metrics?: Metrics | null;
}
