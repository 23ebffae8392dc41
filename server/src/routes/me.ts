import { Hono } from "hono";
import { type Auth, verifiesEmails } from "../auth.ts";
import type { Db } from "../db/client.ts";
import { getProgress } from "../services/progress/get.ts";
import { operation } from "./openapi.ts";
import { meSchema, progressSchema } from "./me.schema.ts";
import { currentUser } from "./session.ts";

/**
 * Who is signed in, and how they are doing. Both answer anonymous visitors too, with nothing.
 * `verifiesEmails` says whether this server sends verification mail, so the web knows whether
 * to ask people to check their inbox and whether an email-bound invitation proves anything.
 */
export function meRoutes(deps: { db: Db; auth: Auth }) {
  const verifies = verifiesEmails(deps.auth);
  return new Hono()
    .get("/", operation({ tag: "account", summary: "Who is signed in (or null)", responses: { 200: { description: "The user, and whether this server verifies emails.", json: meSchema } }, errors: [] }), (c) => {
      const user = currentUser(c);
      return c.json({ user: user ? { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified } : null, verifiesEmails: verifies });
    })
    .get(
      "/progress",
      operation({ tag: "account", summary: "Solved or tried, per problem slug; best score per written question", responses: { 200: { description: "Empty when signed out.", json: progressSchema } }, errors: [] }),
      async (c) => c.json(await getProgress(deps.db, currentUser(c)?.id ?? null)));
}
