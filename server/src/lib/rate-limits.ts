import { createFixedWindowLimiter } from "./fixed-window.ts";

/** The expensive endpoints, each with its own budget per client per window. */
export const RATE_LIMITED_ACTIONS = ["diagramRead", "answer", "run", "submit", "llmFeedback"] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];
/** Requests allowed per client in each action's window (`RATE_LIMIT_WINDOW_MS`). */
export type RateLimitBudgets = Record<RateLimitedAction, number>;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Most budgets are per minute, against floods. AI feedback is per day, per signed-in user: each
 * request costs the operator money at the model's server, so it is a quota rather than a speed limit.
 */
export const RATE_LIMIT_WINDOW_MS: Record<RateLimitedAction, number> = { diagramRead: MINUTE_MS, answer: MINUTE_MS, run: MINUTE_MS, submit: MINUTE_MS, llmFeedback: DAY_MS };

/**
 * The budgets unless configured (env.ts): the design page reads its diagram 0.6 s after each
 * change, so reads get the most; a person runs code a few times a minute and submits less; thirty
 * AI opinions a day is plenty of practice and a bounded bill.
 */
export const DEFAULT_RATE_LIMITS: RateLimitBudgets = { diagramRead: 120, answer: 20, run: 30, submit: 10, llmFeedback: 30 };

/** What each budget counts, as a refusal says it ("Too many diagram reads from you"). */
const COUNTED: Record<RateLimitedAction, string> = { diagramRead: "diagram reads", answer: "scored answers", run: "runs", submit: "submissions", llmFeedback: "AI feedback requests today" };

/**
 * Per-client budgets for the expensive endpoints. Counted in this process's memory here; when
 * the app runs as several processes, an implementation over a shared store (Redis INCR with an
 * expiry per window) takes the same place, which is why `consume` is asynchronous.
 */
export interface RateLimits {
  /** Counts one `action` by `client`; rejects with a LimitExceededError (carrying Retry-After) past its budget. */
  consume(action: RateLimitedAction, client: string): Promise<void>;
}

/** Budgets per window, counted in fixed windows in memory (see `createFixedWindowLimiter`). */
export function createMemoryRateLimits(budgets: RateLimitBudgets, now?: () => number): RateLimits {
  const limiters = new Map(
    RATE_LIMITED_ACTIONS.map((action) => [
      action,
      createFixedWindowLimiter({ limit: budgets[action], windowMs: RATE_LIMIT_WINDOW_MS[action], what: COUNTED[action], ...(now ? { now } : {}) }),
    ]),
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
