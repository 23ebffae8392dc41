import { Hono, type MiddlewareHandler } from "hono";
import { createFixedWindowLimiter } from "../lib/fixed-window.ts";
import { acceptInvitation, getInvitationLanding } from "../services/invitations/candidate.ts";
import type { TeamDeps } from "../teams/deps.ts";
import { clientIp } from "./client-ip.ts";
import { requireUser } from "./session.ts";

/** `/api/invitations/:token`: a candidate's link, looked at and accepted; every request counts against the client's per-minute limit. */
export function invitationRoutes(deps: TeamDeps) {
  const limiter = createFixedWindowLimiter({ limit: deps.invitationPerMinute, windowMs: 60_000, what: "invitation requests" });
  const perClient: MiddlewareHandler = async (c, next) => {
    limiter.hit(clientIp(c, deps.proxyClientIpHeader));
    await next();
  };
  return new Hono()
    .use(perClient)
    .get("/:token", async (c) => c.json(await getInvitationLanding(deps, c.req.param("token"))))
    .post("/:token/accept", async (c) => {
      const user = requireUser(c);
      return c.json(await acceptInvitation(deps, { id: user.id, email: user.email, emailVerified: user.emailVerified }, c.req.param("token")));
    });
}
