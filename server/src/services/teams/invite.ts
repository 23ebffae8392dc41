import { z } from "zod";
import { requireTeamRole } from "../../teams/access.ts";
import { callAuth } from "./auth-errors.ts";
import type { TeamAuthDeps } from "./create.ts";

export const inviteLeadSchema = z.object({ email: z.email("Give the email address they sign in with.").max(254) }).strict();
export type InviteLeadInput = z.infer<typeof inviteLeadSchema>;

export interface LeadInvitation {
  id: string;
  email: string;
  role: "lead";
  expiresAt: string;
  /** The link the inviting lead passes on; no mail server is assumed. */
  path: string;
}

/** Invites someone to join the team as a lead; a pending invitation to the same address is replaced. */
export async function inviteLead(deps: TeamAuthDeps, userId: string, headers: Headers, teamId: string, input: InviteLeadInput): Promise<LeadInvitation> {
  await requireTeamRole(deps.db, userId, teamId);
  const invitation = await callAuth(() =>
    deps.auth.api.createInvitation({ body: { email: input.email, role: "lead", organizationId: teamId }, headers }),
  );
  return {
    id: invitation.id,
    email: invitation.email,
    role: "lead",
    expiresAt: new Date(invitation.expiresAt).toISOString(),
    path: `/teams/join/${encodeURIComponent(invitation.id)}`,
  };
}
