import type { MiddlewareHandler } from "hono";

/**
 * better-auth's organization plugin serves endpoints of its own under /api/auth/organization/*,
 * with its own rules: roles the app does not define, names of any length, any logo or slug, and
 * answers that tell whether a team exists. The app reaches the plugin only in-process, through
 * `auth.api` from its own validated routes (/api/teams, /api/teams/:id/members/invitations,
 * /api/teams/join/:id), and the web calls none of its endpoints. So over HTTP each of them is
 * an unknown path (404), and so is any a later version of the plugin adds.
 */
export const hideOrganizationEndpoints: MiddlewareHandler = async (c, next) => {
  if (isOrganizationPath(c.req.raw.url)) return c.notFound();
  await next();
};

/**
 * better-auth routes on the raw path; this errs wide, so no spelling of it (another case, an
 * escaped letter, a trailing slash) reaches the plugin: any segment naming it counts.
 */
export function isOrganizationPath(url: string): boolean {
  return new URL(url).pathname.split("/").some((segment) => decodeSegment(segment).toLowerCase() === "organization");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
