import { Hono, type MiddlewareHandler } from "hono";
import { z } from "zod";
import { createFixedWindowLimiter } from "../lib/fixed-window.ts";
import { acceptInvitation, getInvitationLanding } from "../services/invitations/candidate.ts";
import type { TeamDeps } from "../teams/deps.ts";
import { clientIp } from "./client-ip.ts";
import { invitationLandingSchema } from "./attempts.schema.ts";
import { operation } from "./openapi.ts";
import { requireUser } from "./session.ts";

const token = { token: "The secret from the invitation link." };
const docs = {
  landing: operation({
    tag: "attempts",
    summary: "What an invitation link is for",
    description: "No sign-in needed. Counts against the client's per-minute limit for invitation requests.",
    params: token,
    responses: { 200: { description: "The team, the set, and whether the link is bound to an email.", json: invitationLandingSchema } },
    errors: [404, 410, 429],
  }),
  accept: operation({
    tag: "attempts",
    summary: "Accept an invitation: open (or find again) your attempt",
    params: token,
    responses: { 200: { description: "Your attempt at the set.", json: z.object({ attemptId: z.string() }) } },
    errors: [401, 403, 404, 410, 429],
  }),
};

/** `/api/invitations/:token`: a candidate's link, looked at and accepted; every request counts against the client's per-minute limit. */
export function invitationRoutes(deps: TeamDeps) {
  const limiter = createFixedWindowLimiter({ limit: deps.invitationPerMinute, windowMs: 60_000, what: "invitation requests" });
  const perClient: MiddlewareHandler = async (c, next) => {
    limiter.hit(clientIp(c, deps.proxyClientIpHeader));
    await next();
  };
  return new Hono()
    .use(perClient)
    .get("/:token", docs.landing, async (c) => c.json(await getInvitationLanding(deps, c.req.param("token"))))
    .post("/:token/accept", docs.accept, async (c) => {
      const user = requireUser(c);
      return c.json(await acceptInvitation(deps, { id: user.id, email: user.email, emailVerified: user.emailVerified }, c.req.param("token")));
    });
}
