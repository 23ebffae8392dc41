import type { MiddlewareHandler } from "hono";
import { CsrfError } from "../lib/errors.ts";

/** Methods that only read; anything else may change state and must come from the app's own pages. */
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const FROM_ANOTHER_SITE =
  "This request came from another site's page, so it was refused. (Serving the app at another address? Set PUBLIC_URL to it.)";
const FROM_NOWHERE = "A request carrying a session cookie must say where it comes from: send an Origin header with the app's address.";

/**
 * Refuses a state-changing request sent from a page on another origin, whatever its content type
 * (Hono's `csrf` checks only the types a form can send, against the request's own URL, which a
 * proxy rewrites). SameSite cookies do not stop it: another port of the same host is the same site.
 *
 * - An `Origin` (browsers send one on every POST, PUT, PATCH and DELETE) must be trusted.
 * - Without one (or with "null", a page of no origin), `Sec-Fetch-Site` must say `same-origin`.
 * - With neither, the sender is not a current browser: a script. Without cookies it acts as
 *   nobody and can forge nothing, so it passes (anonymous practice runs, health checks). With a
 *   cookie it is refused, as better-auth refuses it on /api/auth/*: a browser that sends neither
 *   header would be forgeable, and a script holding a session can send `Origin` as easily.
 */
export function sameOriginWrites(isTrustedOrigin: (origin: string) => boolean | Promise<boolean>): MiddlewareHandler {
  return async (c, next) => {
    if (READ_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("Origin");
    if (origin && origin !== "null") {
      if (!(await isTrustedOrigin(origin))) throw new CsrfError(FROM_ANOTHER_SITE);
      return next();
    }
    const site = c.req.header("Sec-Fetch-Site");
    if (site) {
      if (site !== "same-origin") throw new CsrfError(FROM_ANOTHER_SITE);
      return next();
    }
    // "null" is a page with no origin (a sandboxed frame, a local file): never one of the app's.
    if (origin === "null") throw new CsrfError(FROM_ANOTHER_SITE);
    if (c.req.header("Cookie")) throw new CsrfError(FROM_NOWHERE);
    return next();
  };
}
