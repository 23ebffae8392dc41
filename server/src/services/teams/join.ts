import { callAuth } from "./auth-errors.ts";
import type { TeamAuthDeps } from "./create.ts";

/** Accepts a lead invitation for the signed-in user, whose email must be the one invited. */
export async function joinTeam(deps: TeamAuthDeps, headers: Headers, invitationId: string): Promise<{ teamId: string }> {
  const accepted = await callAuth(() => deps.auth.api.acceptInvitation({ body: { invitationId }, headers }));
  if (!accepted) throw new Error("accepting an invitation returned nothing");
  return { teamId: accepted.invitation.organizationId };
}
