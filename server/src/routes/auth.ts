import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type Auth, CLIENT_IP_HEADER } from "../auth.ts";
import { ACCOUNT_POLICY_CODES } from "../lib/account-policy.ts";
import { ACCOUNT_MESSAGES } from "../lib/accounts.ts";
import { hideOrganizationEndpoints } from "./auth-organization.ts";
import { clientIp } from "./client-ip.ts";
import { type AppError, ConflictError, ForbiddenError, LimitExceededError, NotFoundError, UnauthorizedError, ValidationError } from "../lib/errors.ts";

/**
 * better-auth's own endpoints (sign-up, sign-in, sign-out...), answered by its handler, but for
 * the organization plugin's, which the app uses only in-process (see auth-organization.ts). Its
 * failures are turned into the app's errors, worded for people, so `onError` answers them
 * in the one error shape like any other.
 */
export function authRoutes(auth: Auth, proxyClientIpHeader?: string) {
  return new Hono().use(hideOrganizationEndpoints).on(["GET", "POST"], "/*", async (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, clientIp(c, proxyClientIpHeader));
    const res = await auth.handler(new Request(c.req.raw, { headers }));
    // Redirects (the links in verification and reset mail) carry a JSON content type too: only failures are errors.
    if ((res.status >= 300 && res.status < 400) || !res.headers.get("Content-Type")?.includes("application/json")) return res;
    const text = await res.text();
    const body = parseJson(text);
    if (res.ok) return withoutSessionTokens(res, text, body);
    throw authError(res, body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * better-auth puts the session token in its JSON too (sign-in, get-session, list-sessions). The
 * web needs only the HttpOnly cookie, and a script that could read a body must not get a session.
 */
function withoutSessionTokens(res: Response, text: string, body: unknown): Response {
  const headers = new Headers(res.headers);
  headers.delete("Content-Length");
  return new Response(body === undefined ? text : JSON.stringify(dropTokens(body)), { status: res.status, statusText: res.statusText, headers });
}

function dropTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropTokens);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (key === "token" ? [] : [[key, dropTokens(child)]])));
}

const STALE_LINK = "This link has expired or was already used: ask for a new one.";

const BY_CODE: Partial<Record<string, () => AppError>> = {
  INVALID_EMAIL_OR_PASSWORD: () => new UnauthorizedError(ACCOUNT_MESSAGES.wrongCredentials),
  USER_ALREADY_EXISTS: () => new ConflictError(ACCOUNT_MESSAGES.emailTaken),
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: () => new ConflictError(ACCOUNT_MESSAGES.emailTaken),
  PASSWORD_TOO_SHORT: () => fieldError("password", ACCOUNT_MESSAGES.passwordTooShort),
  PASSWORD_TOO_LONG: () => fieldError("password", ACCOUNT_MESSAGES.passwordTooLong),
  INVALID_EMAIL: () => fieldError("email", ACCOUNT_MESSAGES.invalidEmail),
  [ACCOUNT_POLICY_CODES.passwordTooCommon]: () => fieldError("password", ACCOUNT_MESSAGES.passwordTooCommon),
  [ACCOUNT_POLICY_CODES.nameTooLong]: () => fieldError("name", ACCOUNT_MESSAGES.nameTooLong),
  [ACCOUNT_POLICY_CODES.emailTooLong]: () => fieldError("email", ACCOUNT_MESSAGES.emailTooLong),
  // Email verification and password reset: links from mail, and a server that sends none.
  INVALID_TOKEN: () => new ValidationError(STALE_LINK),
  TOKEN_EXPIRED: () => new ValidationError(STALE_LINK),
  EMAIL_ALREADY_VERIFIED: () => new ConflictError("Your email address is already confirmed."),
  RESET_PASSWORD_DISABLED: () => new NotFoundError("This server sends no email, so it cannot reset a password: ask its administrator."),
  VERIFICATION_EMAIL_NOT_ENABLED: () => new NotFoundError("This server sends no email, so it does not verify email addresses."),
};

function fieldError(path: string, message: string): ValidationError {
  return new ValidationError(message, { issues: [{ path, message }] });
}

function authError(res: Response, body: unknown): Error {
  const code = field(body, "code");
  const message = field(body, "message") ?? "The request could not be handled.";
  const known = code === undefined ? undefined : BY_CODE[code];
  if (known) return known();
  // better-auth's body validation names the field: "[body.email] Invalid email address".
  const invalidField = /^\[body\.([\w.]+)\] (.+)$/.exec(message);
  if (code === "VALIDATION_ERROR" && invalidField?.[1] && invalidField[2]) {
    const [, path, problem] = invalidField;
    return path === "email" ? fieldError("email", ACCOUNT_MESSAGES.invalidEmail) : fieldError(path, `Invalid request body: ${path}: ${sentence(problem)}`);
  }
  switch (res.status) {
    case 400:
    case 422:
      return new ValidationError(sentence(message));
    case 401:
      return new UnauthorizedError(sentence(message));
    case 403:
      return new ForbiddenError(sentence(message));
    case 404:
      return new NotFoundError(sentence(message));
    case 429:
      return new LimitExceededError("Too many attempts. Wait a few seconds and try again.", Number(res.headers.get("X-Retry-After")) || 10);
  }
  if (res.status >= 500) return new Error(`better-auth answered ${res.status}: ${message}`);
  return new HTTPException(res.status as ContentfulStatusCode, { message: sentence(message) });
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

const sentence = (message: string) => (/[.!?]$/.test(message) ? message : `${message}.`);
