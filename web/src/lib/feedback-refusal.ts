/** Why the AI feedback request was refused before it started, as the panel tells it. */
export type FeedbackRefusal = { kind: "sign-in" } | { kind: "quota"; message: string; retryAt: Date | null };

/**
 * A 401 asks to sign in; a 429 (the daily quota, or a busy server) says when to retry, from
 * Retry-After. Anything else is not a refusal the panel explains: null.
 */
export function feedbackRefusal(error: unknown, now: Date = new Date()): FeedbackRefusal | null {
  if (typeof error !== "object" || error === null) return null;
  const { status, message, retryAfterSeconds } = error as { status?: unknown; message?: unknown; retryAfterSeconds?: unknown };
  if (status === 401) return { kind: "sign-in" };
  if (status !== 429) return null;
  const seconds = typeof retryAfterSeconds === "number" && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds : null;
  return {
    kind: "quota",
    message: typeof message === "string" ? message : "Too many AI feedback requests.",
    retryAt: seconds === null ? null : new Date(now.getTime() + seconds * 1000),
  };
}
