import { Hono } from "hono";
import type { Db } from "../db/client.ts";
import { getProgress } from "../services/progress/get.ts";
import { currentUser } from "./session.ts";

/** Who is signed in, and how they are doing. Both answer anonymous visitors too, with nothing. */
export function meRoutes(deps: { db: Db }) {
  return new Hono()
    .get("/", (c) => {
      const user = currentUser(c);
      return c.json({ user: user ? { id: user.id, email: user.email, name: user.name } : null });
    })
    .get("/progress", async (c) => c.json(await getProgress(deps.db, currentUser(c)?.id ?? null)));
}
