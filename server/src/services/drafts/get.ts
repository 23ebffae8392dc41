import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { drafts } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";

export interface DraftView {
  code: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** The user's saved code for a problem; NotFoundError when they have saved none. */
export async function getDraft(db: Db, userId: string, slug: string): Promise<DraftView> {
  const [row] = await db
    .select({ code: drafts.code, updatedAt: drafts.updatedAt })
    .from(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.problemSlug, slug)))
    .limit(1);
  if (!row) throw new NotFoundError(`No saved draft for "${slug}".`);
  return { code: row.code, updatedAt: row.updatedAt.toISOString() };
}
