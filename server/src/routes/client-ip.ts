import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { clientOfAddress, clientOfUser } from "../lib/rate-limits.ts";
import { currentUser } from "./session.ts";

const LOCAL_CLIENT = "127.0.0.1";

/**
 * Who is asking, for rate limits: the TCP peer, or the first address of `proxyHeader` when the
 * app runs behind a proxy that sets it (configured, never guessed: a client can send any header).
 * Requests without a socket (`app.request` in tests) count as one local client.
 */
export function clientIp(c: Context, proxyHeader?: string): string {
  if (proxyHeader) {
    const forwarded = c.req.header(proxyHeader)?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? LOCAL_CLIENT;
  } catch {
    return LOCAL_CLIENT;
  }
}

/** The client rate limits and the judge's queue count: the signed-in user, else the address. */
export function clientKey(c: Context, proxyHeader?: string): string {
  const user = currentUser(c);
  return user ? clientOfUser(user.id) : clientOfAddress(clientIp(c, proxyHeader));
}
