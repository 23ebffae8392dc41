import { z } from "zod";
import type { Auth } from "../../auth.ts";
import type { Db } from "../../db/client.ts";
import { callAuth } from "./auth-errors.ts";
import type { TeamSummary } from "./list.ts";
import { uniqueTeamSlug } from "./slug.ts";

export const createTeamSchema = z.object({ name: z.string().trim().min(1, "Give the team a name.").max(100) }).strict();
export type CreateTeamInput = z.infer<typeof createTeamSchema>;

export interface TeamAuthDeps {
  db: Db;
  auth: Auth;
}

/** A new team, its creator its owner; `headers` carry the creator's session to better-auth. */
export async function createTeam(deps: TeamAuthDeps, headers: Headers, input: CreateTeamInput): Promise<TeamSummary> {
  const slug = await uniqueTeamSlug(deps.db, input.name);
  const team = await callAuth(() =>
    // The session's active team is left alone: the app names the team in every URL instead.
    deps.auth.api.createOrganization({ body: { name: input.name, slug, keepCurrentActiveOrganization: true }, headers }),
  );
  if (!team) throw new Error("creating a team returned nothing");
  return { id: team.id, name: team.name, slug: team.slug, role: "owner" };
}
