import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organizations, problemSetItems, teamProblems, teamProblemVersions } from "../../db/schema/index.ts";
import { findManagedSet } from "../sets/access.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { type ExportedProblem, exportProblemsZip, exportSetZip } from "../../teams/import-export/export.ts";

export interface ZipDownload {
  fileName: string;
  zip: Uint8Array;
}

/** Every problem of the team, each at its published version (else its latest), as a zip in the bank's layout. */
export async function exportTeamProblems(db: Db, userId: string, teamId: string): Promise<ZipDownload> {
  await requireTeamRole(db, userId, teamId);
  const problems = await exportedVersions(db, teamId);
  const [team] = await db.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, teamId)).limit(1);
  return { fileName: `${team?.slug ?? "team"}-problems.zip`, zip: exportProblemsZip([...problems.values()]) };
}

export interface SetExportDeps {
  db: Db;
}

/** A set with `set.yaml` and the files of the team problems it uses; bank items as references only. */
export async function exportTeamSet(deps: SetExportDeps, userId: string, teamId: string, setId: string): Promise<ZipDownload> {
  const set = await findManagedSet(deps.db, userId, teamId, setId);
  const items = await deps.db.select().from(problemSetItems).where(eq(problemSetItems.setId, set.id)).orderBy(asc(problemSetItems.position));
  const teamIds = items.filter((i) => i.source === "team").map((i) => i.ref);
  const teamProblemsById = teamIds.length > 0 ? await exportedVersions(deps.db, teamId, teamIds) : new Map<string, ExportedProblem>();
  const zip = exportSetZip({ set, items, teamProblems: teamProblemsById });
  const name = set.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "set";
  return { fileName: `${name}.zip`, zip };
}

/** The team's problems by id, each with the files of its published version, else its latest. */
async function exportedVersions(db: Db, teamId: string, ids?: readonly string[]): Promise<Map<string, ExportedProblem>> {
  const rows = await db
    .select({ id: teamProblems.id, slug: teamProblems.slug, kind: teamProblems.kind, files: teamProblemVersions.files })
    .from(teamProblems)
    .innerJoin(
      teamProblemVersions,
      and(eq(teamProblemVersions.problemId, teamProblems.id), eq(teamProblemVersions.version, sql`coalesce(${teamProblems.publishedVersion}, ${teamProblems.latestVersion})`)),
    )
    .where(and(eq(teamProblems.organizationId, teamId), ids ? inArray(teamProblems.id, [...ids]) : undefined))
    .orderBy(asc(teamProblems.slug));
  return new Map(rows.map((r) => [r.id, { slug: r.slug, kind: r.kind, files: r.files }]));
}
