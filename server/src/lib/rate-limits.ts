import { createFixedWindowLimiter } from "./fixed-window.ts";

/** The expensive endpoints anyone may call, each with its own budget per client per minute. */
export const RATE_LIMITED_ACTIONS = ["diagramRead", "answer", "run", "submit"] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];
export type RateLimitsPerMinute = Record<RateLimitedAction, number>;

/**
 * The budgets unless configured (env.ts): the design page reads its diagram 0.6 s after each
 * change, so reads get the most; a person runs code a few times a minute and submits less.
 */
export const DEFAULT_RATE_LIMITS_PER_MINUTE: RateLimitsPerMinute = { diagramRead: 120, answer: 20, run: 30, submit: 10 };

/** What each budget counts, as a refusal says it ("Too many diagram reads from you"). */
const COUNTED: Record<RateLimitedAction, string> = { diagramRead: "diagram reads", answer: "scored answers", run: "runs", submit: "submissions" };

/**
 * Per-client budgets for the expensive endpoints. Counted in this process's memory here; when
 * the app runs as several processes, an implementation over a shared store (Redis INCR with an
 * expiry per window) takes the same place, which is why `consume` is asynchronous.
 */
export interface RateLimits {
  /** Counts one `action` by `client`; rejects with a LimitExceededError (carrying Retry-After) past its budget. */
  consume(action: RateLimitedAction, client: string): Promise<void>;
}

/** Budgets per minute, counted in fixed windows in memory (see `createFixedWindowLimiter`). */
export function createMemoryRateLimits(perMinute: RateLimitsPerMinute, now?: () => number): RateLimits {
  const limiters = new Map(
    RATE_LIMITED_ACTIONS.map((action) => [action, createFixedWindowLimiter({ limit: perMinute[action], windowMs: 60_000, what: COUNTED[action], ...(now ? { now } : {}) })]),
  );
  return {
    async consume(action, client) {
      limiters.get(action)!.hit(client);
    },
  };
}

/**
 * Who is asking, as rate limits and the judge's queue count it: the account when signed in
 * (wherever it connects from), else the address. The prefixes keep the two from colliding.
 */
export const clientOfUser = (userId: string) => `user:${userId}`;
export const clientOfAddress = (address: string) => `address:${address}`;
