import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { problemSets } from "../../db/schema/index.ts";

/** Whether the team lets candidates of this set see their own scores. */
export async function setShowsResults(db: Db, setId: string): Promise<boolean> {
  const [set] = await db.select({ visible: problemSets.resultsVisibleToCandidate }).from(problemSets).where(eq(problemSets.id, setId)).limit(1);
  return set?.visible ?? false;
}
