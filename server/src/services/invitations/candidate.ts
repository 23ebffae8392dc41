import { and, count, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attempts, organizations, type ProblemSetRow, problemSetItems, problemSets, type SetInvitationRow, setInvitations } from "../../db/schema/index.ts";
import { EmailNotVerifiedError, ForbiddenError, GoneError, NotFoundError } from "../../lib/errors.ts";
import { teamRoleOf } from "../../teams/access.ts";
import type { TeamDeps } from "../../teams/deps.ts";
import { createAttempt } from "../attempts/create.ts";
import { type AttemptDeps, nowOf } from "../attempts/deps.ts";
import { hashInvitationToken, sameHash, TOKEN_PATTERN } from "./token.ts";
import { GONE_MESSAGES, invitationStatus } from "./view.ts";

/** What a candidate sees on the link's page before accepting: who invites them to what, and for how long. */
export interface InvitationLanding {
  team: { name: string };
  set: { title: string; instructions: string; timeLimitMinutes: number; itemCount: number };
  expiresAt: string;
  /** Only one account (by email) may accept; which one is not said. */
  emailBound: boolean;
}

interface FoundInvitation {
  invitation: SetInvitationRow;
  set: ProblemSetRow;
  teamName: string;
}

const UNKNOWN = "No such invitation link: check that it was copied whole.";

/** The link behind a token, looked up by the token's hash; a 404 for anything unknown, even a malformed token. */
async function findByToken(db: Db, token: string): Promise<FoundInvitation> {
  if (!TOKEN_PATTERN.test(token)) throw new NotFoundError(UNKNOWN);
  const tokenHash = hashInvitationToken(token);
  const [row] = await db
    .select({ invitation: setInvitations, set: problemSets, teamName: organizations.name })
    .from(setInvitations)
    .innerJoin(problemSets, eq(problemSets.id, setInvitations.setId))
    .innerJoin(organizations, eq(organizations.id, problemSets.organizationId))
    .where(eq(setInvitations.tokenHash, tokenHash))
    .limit(1);
  if (!row || !sameHash(row.invitation.tokenHash, tokenHash)) throw new NotFoundError(UNKNOWN);
  return row;
}

function assertUsable(invitation: SetInvitationRow, now: Date): void {
  const status = invitationStatus(invitation, now);
  if (status !== "active") throw new GoneError(GONE_MESSAGES[status]);
}

export async function getInvitationLanding(deps: { db: Db; now?: (() => Date) | undefined }, token: string): Promise<InvitationLanding> {
  const { invitation, set, teamName } = await findByToken(deps.db, token);
  assertUsable(invitation, nowOf(deps));
  const [items] = await deps.db.select({ n: count() }).from(problemSetItems).where(eq(problemSetItems.setId, set.id));
  return {
    team: { name: teamName },
    set: { title: set.title, instructions: set.instructions, timeLimitMinutes: set.timeLimitMinutes, itemCount: items?.n ?? 0 },
    expiresAt: invitation.expiresAt.toISOString(),
    emailBound: invitation.email !== null,
  };
}

async function existingAttempt(db: Db, setId: string, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.setId, setId), eq(attempts.userId, userId)))
    .limit(1);
  return row?.id;
}

/** Who accepts a link: `emailVerified` only counts on a server that verifies emails. */
export interface Acceptor {
  id: string;
  email: string;
  emailVerified: boolean;
}

/**
 * Opens an attempt from a link: one use is taken atomically (never past the maximum, however many
 * accept at once), the items pinned. Accepting again gives the same attempt without taking a use.
 * The team's own leads are refused, so a member never holds a candidate's attempt. A link bound to
 * an email needs that email verified when the server can verify it; otherwise whoever signed up
 * with the address first is trusted (the administrator was warned at start).
 */
export async function acceptInvitation(deps: AttemptDeps & Pick<TeamDeps, "verifiesEmails">, user: Acceptor, token: string): Promise<{ attemptId: string }> {
  const { invitation, set } = await findByToken(deps.db, token);
  if (await teamRoleOf(deps.db, user.id, set.organizationId)) {
    throw new ForbiddenError("You are a member of this team: take its sets as a candidate from another account.");
  }
  const known = await existingAttempt(deps.db, set.id, user.id);
  if (known) return { attemptId: known };
  const now = nowOf(deps);
  assertUsable(invitation, now);
  if (invitation.email && invitation.email !== user.email.toLowerCase()) {
    throw new ForbiddenError("This invitation is for another email address: sign in with the account it was sent to.");
  }
  if (invitation.email && deps.verifiesEmails && !user.emailVerified) {
    throw new EmailNotVerifiedError();
  }
  const taken = await deps.db
    .update(setInvitations)
    .set({ uses: sql`${setInvitations.uses} + 1` })
    .where(and(eq(setInvitations.id, invitation.id), lt(setInvitations.uses, setInvitations.maxUses), isNull(setInvitations.revokedAt), gt(setInvitations.expiresAt, now)))
    .returning({ id: setInvitations.id });
  if (taken.length === 0) throw new GoneError(GONE_MESSAGES["used-up"]);
  try {
    return { attemptId: await createAttempt(deps, set, user.id, invitation.id) };
  } catch (error) {
    await deps.db
      .update(setInvitations)
      .set({ uses: sql`${setInvitations.uses} - 1` })
      .where(eq(setInvitations.id, invitation.id));
    // The same candidate accepting twice at once: the other request made the attempt.
    const raced = await existingAttempt(deps.db, set.id, user.id);
    if (raced) return { attemptId: raced };
    throw error;
  }
}
