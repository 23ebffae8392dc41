import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { setInvitations } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { nowOf } from "../attempts/deps.ts";
import { findManagedSet } from "../sets/access.ts";
import { newInvitationToken } from "./token.ts";
import { type InvitationView, invitationView } from "./view.ts";

export const INVITATION_LIMITS = { hours: { min: 1, max: 720, default: 72 }, uses: { min: 1, max: 1_000, default: 1 }, labelChars: 200 } as const;

export const invitationInputSchema = z.object({
  label: z.string().trim().max(INVITATION_LIMITS.labelChars).default(""),
  /** Only the account with this email may use the link. */
  email: z.email().max(320).optional(),
  expiresInHours: z.number().int().min(INVITATION_LIMITS.hours.min).max(INVITATION_LIMITS.hours.max).default(INVITATION_LIMITS.hours.default),
  maxUses: z.number().int().min(INVITATION_LIMITS.uses.min).max(INVITATION_LIMITS.uses.max).default(INVITATION_LIMITS.uses.default),
});
export type InvitationInput = z.infer<typeof invitationInputSchema>;

interface ManageDeps {
  db: Db;
  now?: (() => Date) | undefined;
}

/** A new link: the token is in this answer and nowhere else, ever; only its hash is kept. */
export async function createInvitation(
  deps: ManageDeps,
  userId: string,
  teamId: string,
  setId: string,
  input: InvitationInput,
): Promise<{ invitation: InvitationView; token: string; path: string }> {
  await findManagedSet(deps.db, userId, teamId, setId);
  const now = nowOf(deps);
  const { token, tokenHash } = newInvitationToken();
  const [row] = await deps.db
    .insert(setInvitations)
    .values({
      setId,
      tokenHash,
      label: input.label,
      email: input.email?.toLowerCase() ?? null,
      expiresAt: new Date(now.getTime() + input.expiresInHours * 3_600_000),
      maxUses: input.maxUses,
      createdBy: userId,
      createdAt: now,
    })
    .returning();
  return { invitation: invitationView(row!, now), token, path: `/invite/${token}` };
}

export async function listInvitations(deps: ManageDeps, userId: string, teamId: string, setId: string): Promise<InvitationView[]> {
  await findManagedSet(deps.db, userId, teamId, setId);
  const now = nowOf(deps);
  const rows = await deps.db.select().from(setInvitations).where(eq(setInvitations.setId, setId)).orderBy(desc(setInvitations.createdAt));
  return rows.map((row) => invitationView(row, now));
}

/** Withdraws a link; attempts already begun from it go on. Revoking twice keeps the first time. */
export async function revokeInvitation(deps: ManageDeps, userId: string, teamId: string, setId: string, invitationId: string): Promise<InvitationView> {
  await findManagedSet(deps.db, userId, teamId, setId);
  const now = nowOf(deps);
  const [row] = await deps.db.select().from(setInvitations).where(and(eq(setInvitations.id, invitationId), eq(setInvitations.setId, setId))).limit(1);
  if (!row) throw new NotFoundError("No such invitation for this set.");
  if (row.revokedAt) return invitationView(row, now);
  const [revoked] = await deps.db.update(setInvitations).set({ revokedAt: now }).where(eq(setInvitations.id, row.id)).returning();
  return invitationView(revoked ?? row, now);
}
