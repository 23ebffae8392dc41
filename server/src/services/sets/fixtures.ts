import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { members, organizations, type ProblemFiles, type TeamProblemKind, teamProblems, teamProblemVersions, users } from "../../db/schema/index.ts";
import type { TeamRole } from "../../teams/roles.ts";

/**
 * Test factories for team features: teams and members written straight to the database, and team
 * problems with their versions (as the authoring API would store them), so a suite needs no other
 * route to set up what it tests.
 */
export async function userIdOf(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

export async function makeTeam(db: Db, name = "Acme"): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(organizations).values({ id, name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${id.slice(0, 8)}`, createdAt: new Date() });
  return id;
}

export async function addMember(db: Db, teamId: string, userId: string, role: TeamRole): Promise<void> {
  await db.insert(members).values({ id: crypto.randomUUID(), organizationId: teamId, userId, role, createdAt: new Date() });
}

/** A team problem with one version per entry of `versions`; `published` names the version sets use (none: a draft only). */
export async function insertTeamProblem(
  db: Db,
  teamId: string,
  problem: { slug: string; kind: TeamProblemKind; title: string; versions: ProblemFiles[]; published?: number },
): Promise<{ id: string; versionIds: string[] }> {
  const id = crypto.randomUUID();
  await db.insert(teamProblems).values({
    id,
    organizationId: teamId,
    slug: problem.slug,
    kind: problem.kind,
    title: problem.title,
    latestVersion: problem.versions.length,
    publishedVersion: problem.published ?? null,
  });
  const versionIds: string[] = [];
  for (const [index, files] of problem.versions.entries()) {
    const version = index + 1;
    const [row] = await db
      .insert(teamProblemVersions)
      .values({
        problemId: id,
        version,
        status: version === problem.published ? "published" : "draft",
        files,
        validation: { ok: version === problem.published, errors: [] },
      })
      .returning({ id: teamProblemVersions.id });
    versionIds.push(row!.id);
  }
  return { id, versionIds };
}
