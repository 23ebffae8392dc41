import { hc, type InferRequestType, type InferResponseType } from "hono/client";
import type { AppType } from "../../../server/src/app.ts";
import { successBody, successResponse } from "./api.ts";
import { clockOffsetMs, toMs } from "./attempt-clock.ts";

/** The candidate's side of a set: invitation links and the attempts they open (see api.ts for the practice API). */
const client = hc<AppType>(window.location.origin);
const invitation = client.api.invitations[":token"];
const attempt = client.api.attempts[":id"];
const item = attempt.items[":position"];

export type InvitationView = InferResponseType<typeof invitation.$get, 200>;
export type AttemptView = InferResponseType<typeof attempt.$get, 200>;
export type AttemptStatus = AttemptView["status"];
export type AttemptItemSummary = AttemptView["items"][number];
export type AttemptItemView = InferResponseType<typeof item.$get, 200>;
export type AttemptCodingItem = Extract<AttemptItemView, { kind: "coding" }>;
export type AttemptWrittenItem = Exclude<AttemptItemView, { kind: "coding" }>;
export type AttemptResult = InferResponseType<typeof attempt.result.$get, 200>;
export type AttemptRunInput = InferRequestType<typeof item.run.$post>["json"];
/** Coding items send `code`; written ones `answer`, and the whiteboard as `scene`. */
export type AttemptSubmitInput = InferRequestType<typeof item.submit.$post>["json"];
export type ItemSubmitResult = InferResponseType<typeof item.submit.$post, 200>;

/** An attempt as last read, with how far the server's clock runs ahead of this browser's. */
export interface ClockedAttempt {
  attempt: AttemptView;
  offsetMs: number;
}

export const isClosed = (status: AttemptStatus) => status === "submitted" || status === "expired";

/** Reads the server's `serverNow` against this browser's clock as the answer arrives. */
async function clocked(request: () => Promise<AttemptView>): Promise<ClockedAttempt> {
  const sentAt = Date.now();
  const view = await request();
  const serverNow = toMs(view.serverNow);
  return { attempt: view, offsetMs: serverNow === null ? 0 : clockOffsetMs(serverNow, sentAt, Date.now()) };
}

const EVENT_STREAM = { Accept: "text/event-stream" };
const at = (id: string, position: number) => ({ param: { id, position: String(position) } });

export const attemptApi = {
  /** What a link invites to; 404 unknown, 410 expired, revoked or used up, 429 too many tries. */
  getInvitation: (token: string) => successBody(invitation.$get({ param: { token } })),
  /** Opens (or reopens, for the same candidate) the attempt the link invites to. */
  acceptInvitation: (token: string) => successBody(invitation.accept.$post({ param: { token } })),
  /** The signed-in candidate's attempts. */
  listAttempts: async () => (await successBody(client.api.attempts.$get())).attempts,
  getAttempt: (id: string) => clocked(() => successBody(attempt.$get({ param: { id } }))),
  /** Starts the server's clock; starting again changes nothing. */
  startAttempt: (id: string) => clocked(() => successBody(attempt.start.$post({ param: { id } }))),
  /** Hands in: items saved but not submitted are judged from their drafts. */
  finishAttempt: (id: string) => clocked(() => successBody(attempt.finish.$post({ param: { id } }))),
  /** The outcome, when the team lets candidates see it (403 otherwise). */
  getResult: (id: string) => successBody(attempt.result.$get({ param: { id } })),
  getItem: (id: string, position: number) => successBody(item.$get(at(id, position))),
  /** `keepalive` lets the save outlive the page (small bodies only: browsers cap it at 64 KB). */
  saveDraft: (id: string, position: number, json: { draft: string; scene?: unknown }, keepalive = false) =>
    successBody(item.draft.$put({ ...at(id, position), json }, keepalive ? { init: { keepalive: true } } : undefined)),
  runStream: (id: string, position: number, json: AttemptRunInput, signal: AbortSignal) =>
    successResponse(item.run.$post({ ...at(id, position), json }, { headers: EVENT_STREAM, init: { signal } })),
  submitStream: (id: string, position: number, json: { code: string }, signal: AbortSignal) =>
    successResponse(item.submit.$post({ ...at(id, position), json }, { headers: EVENT_STREAM, init: { signal } })),
  submitAnswer: (id: string, position: number, json: Pick<AttemptSubmitInput, "answer" | "scene">) => successBody(item.submit.$post({ ...at(id, position), json })),
};
