import type { SetInvitationRow } from "../../db/schema/index.ts";

export const INVITATION_STATUSES = ["active", "expired", "used-up", "revoked"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** What a link is now; revoked wins over expired, expired over used up. */
export function invitationStatus(row: Pick<SetInvitationRow, "revokedAt" | "expiresAt" | "uses" | "maxUses">, now: Date): InvitationStatus {
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  if (row.uses >= row.maxUses) return "used-up";
  return "active";
}

/** Why a link no longer works, in the candidate's terms. */
export const GONE_MESSAGES: Record<Exclude<InvitationStatus, "active">, string> = {
  expired: "This invitation link has expired. Ask the team that sent it for a new one.",
  "used-up": "This invitation link has already been used as many times as it allows. Ask the team that sent it for a new one.",
  revoked: "This invitation link was withdrawn by the team that sent it.",
};

/** A link as its team sees it: never the token, which only its maker saw, once. */
export interface InvitationView {
  id: string;
  label: string;
  email: string | null;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revokedAt: string | null;
  createdAt: string;
  status: InvitationStatus;
}

export function invitationView(row: SetInvitationRow, now: Date): InvitationView {
  return {
    id: row.id,
    label: row.label,
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
    maxUses: row.maxUses,
    uses: row.uses,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    status: invitationStatus(row, now),
  };
}
