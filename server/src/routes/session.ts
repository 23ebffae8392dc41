import type { Context, MiddlewareHandler } from "hono";
import type { Auth, SessionUser } from "../auth.ts";
import { UnauthorizedError } from "../lib/errors.ts";

/** Set on every API request by `resolveSession`: who is signed in, if anyone. */
export interface SessionVariables {
  user: SessionUser | null;
}
export type SessionEnv = { Variables: SessionVariables };

/**
 * Reads the session cookie into `c.var.user`. better-auth may extend a session as it reads it
 * (or clear a dead one); its cookie changes are passed on so the browser keeps in step.
 */
export function resolveSession(auth: Auth): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const { headers, response } = await auth.api.getSession({ headers: c.req.raw.headers, returnHeaders: true });
    c.set("user", response?.user ?? null);
    await next();
    for (const cookie of headers.getSetCookie()) c.res.headers.append("Set-Cookie", cookie);
  };
}

/**
 * The signed-in user, if any. Takes any route's context, so routes need not declare the
 * session in their Hono env; `resolveSession` has run before every API route.
 */
export function currentUser(c: Context): SessionUser | null {
  return (c.get("user") as SessionUser | null | undefined) ?? null;
}

/** The signed-in user, or a 401 for everyone else. */
export function requireUser(c: Context): SessionUser {
  const user = currentUser(c);
  if (!user) throw new UnauthorizedError("Sign in to see and keep your own work.");
  return user;
}

/** Refuses anyone signed out with a 401 before the route reads its body: for routes only an account may use. */
export const signedInOnly: MiddlewareHandler = async (c, next) => {
  requireUser(c);
  await next();
};
