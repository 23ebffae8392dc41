/**
 * One simulated user of `npm run bench:load`: submits a correct solution in a loop until the
 * level's deadline, honouring Retry-After as a well-behaved client does (waits exactly that
 * long, then tries again), and tallies what the server answered.
 */

/** Why the server turned a submission away, told apart by the refusal's message. */
export const REFUSAL_REASONS = ["rate_limit", "client_cap", "queue_full", "unavailable", "other"] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Everything one level's submitters saw, shared by all of them (one event loop, no locking needed). */
export interface LevelTally {
  /** "200", "429", "503", "4xx" (anything else below 500), "5xx", "network" (no answer, or a timeout), "stream error" (a 200 stream ending without `done`). */
  statuses: Map<string, number>;
  refusals: Record<RefusalReason, number>;
  /** Seconds, as each refusal said. */
  retryAfters: Record<RefusalReason, number[]>;
  /** Refusals without a Retry-After of at least one second. */
  badRetryAfter: number;
  /** Retries made after waiting out a refusal of this reason, and how many of them were refused again. */
  retries: Record<RefusalReason, { made: number; refusedAgain: number }>;
  /** Per accepted request: from sending it to the verdict (for a stream, its last event). */
  requestMs: number[];
  /** Per verdict: from the submission's first try, refusals and waits included, to the verdict. */
  verdictMs: number[];
  /** Answers other than Accepted, 5xx, 4xx that are no refusal, a stream's `error`, network errors: the first few, for the report. */
  failures: string[];
  failureCount: number;
  /** Submissions given up because the Retry-After reached past the level's end. */
  cutByDeadline: number;
}

export function emptyTally(): LevelTally {
  const byReason = <T>(make: () => T) => Object.fromEntries(REFUSAL_REASONS.map((r) => [r, make()])) as Record<RefusalReason, T>;
  return {
    statuses: new Map(),
    refusals: byReason(() => 0),
    retryAfters: byReason((): number[] => []),
    badRetryAfter: 0,
    retries: byReason(() => ({ made: 0, refusedAgain: 0 })),
    requestMs: [],
    verdictMs: [],
    failures: [],
    failureCount: 0,
    cutByDeadline: 0,
  };
}

export interface Target {
  url: string;
  /** What a browser on the app's own page sends: the CSRF check wants it. */
  origin: string;
  slug: string;
  code: string;
  /** The header the server reads the client's address from (PROXY_CLIENT_IP_HEADER). */
  clientHeader: string;
}

type Attempt =
  | { kind: "verdict"; verdict: string }
  | { kind: "refused"; status: number; reason: RefusalReason; retryAfter: number | null }
  | { kind: "failed"; status: string; detail: string };

/** A request still unanswered after this long counts as stuck (a network error), never as a slow verdict. */
const REQUEST_TIMEOUT_MS = 60_000;
/** After a failure (no Retry-After to go by) a submitter pauses this long rather than hammering a broken server. */
const FAILURE_PAUSE_MS = 1_000;

function refusalReason(status: number, message: string): RefusalReason {
  if (status === 503) return "unavailable";
  if (message.startsWith("Too many submissions")) return "rate_limit";
  if (message.startsWith("You already have")) return "client_cap";
  if (message.startsWith("The judge is busy")) return "queue_full";
  return "other";
}

/** The one error body's message; anything else (a proxy's page, say) is no refusal the app sent. */
function parseMessage(body: string): string {
  try {
    return (JSON.parse(body) as { message?: string }).message ?? "";
  } catch {
    return "";
  }
}

async function attempt(target: Target, client: string, stream: boolean): Promise<Attempt> {
  let res: Response;
  let body: string;
  try {
    res = await fetch(`${target.url}/api/problems/${target.slug}/submit`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: target.origin,
        [target.clientHeader]: client,
        ...(stream ? { Accept: "text/event-stream" } : {}),
      },
      body: JSON.stringify({ code: target.code }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    body = await res.text();
  } catch (error) {
    return { kind: "failed", status: "network", detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  if (res.status === 429 || res.status === 503) {
    const header = res.headers.get("Retry-After");
    const message = parseMessage(body);
    return { kind: "refused", status: res.status, reason: refusalReason(res.status, message), retryAfter: header === null ? null : Number(header) };
  }
  if (res.status !== 200) return { kind: "failed", status: res.status >= 500 ? "5xx" : "4xx", detail: `HTTP ${res.status} ${body.slice(0, 200)}` };
  if (!stream) return { kind: "verdict", verdict: (JSON.parse(body) as { verdict: string }).verdict };
  // The web reads the stream to its last event: `done` with the result, or `error`.
  const last = body.trim().split(/\n\n+/).at(-1) ?? "";
  const event = /^event: ?(.*)$/m.exec(last)?.[1] ?? "";
  const data = /^data: ?(.*)$/m.exec(last)?.[1] ?? "{}";
  if (event !== "done") return { kind: "failed", status: "stream error", detail: `stream ended with ${event || "nothing"}: ${data.slice(0, 200)}` };
  return { kind: "verdict", verdict: (JSON.parse(data) as { verdict: string }).verdict };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Submits until `deadline` (performance.now()); a request in flight at the deadline is awaited, a
 * wait past it is cut short. Every other submission asks for the event stream, the web's path.
 * Resolves with the verdicts it got.
 */
export async function runSubmitter(target: Target, client: string, streamFirst: boolean, deadline: number, tally: LevelTally): Promise<number> {
  const count = (status: string) => tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
  let stream = !streamFirst;
  let accepted = 0;
  while (performance.now() < deadline) {
    stream = !stream;
    const firstTry = performance.now();
    let lastRefusal: RefusalReason | undefined;
    for (;;) {
      const sent = performance.now();
      const answer = await attempt(target, client, stream);
      const answered = performance.now();
      if (lastRefusal) {
        tally.retries[lastRefusal].made++;
        if (answer.kind === "refused") tally.retries[lastRefusal].refusedAgain++;
      }
      if (answer.kind === "verdict") {
        count("200");
        if (answer.verdict === "Accepted") {
          tally.requestMs.push(answered - sent);
          tally.verdictMs.push(answered - firstTry);
          accepted++;
        } else {
          tally.failureCount++;
          if (tally.failures.length < 5) tally.failures.push(`verdict ${answer.verdict}`);
        }
        break;
      }
      if (answer.kind === "failed") {
        count(answer.status);
        tally.failureCount++;
        if (tally.failures.length < 5) tally.failures.push(answer.detail);
        await sleep(Math.min(FAILURE_PAUSE_MS, deadline - performance.now()));
        break;
      }
      count(String(answer.status));
      tally.refusals[answer.reason]++;
      lastRefusal = answer.reason;
      const valid = answer.retryAfter !== null && Number.isFinite(answer.retryAfter) && answer.retryAfter >= 1;
      if (valid) tally.retryAfters[answer.reason].push(answer.retryAfter!);
      else tally.badRetryAfter++;
      const waitMs = valid ? answer.retryAfter! * 1000 : FAILURE_PAUSE_MS;
      if (answered + waitMs >= deadline) {
        tally.cutByDeadline++;
        await sleep(deadline - answered);
        return accepted;
      }
      await sleep(waitMs);
    }
  }
  return accepted;
}
