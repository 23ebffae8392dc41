import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organizations } from "../../db/schema/index.ts";

const MAX_SLUG = 40;

/** "Platform Team (EU)" -> "platform-team-eu": lower-case letters, digits and dashes. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
  return slug || "team";
}

/** A slug for a new team, unique among all teams (a suffix tells apart teams of the same name). */
export async function uniqueTeamSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const slug = attempt === 0 ? base : `${base}-${crypto.randomUUID().slice(0, 6)}`;
    const [taken] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).limit(1);
    if (!taken) return slug;
  }
  return `${base}-${crypto.randomUUID()}`;
}
