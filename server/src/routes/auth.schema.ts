import { z } from "zod";
import { errorBodySchema } from "./errors.ts";

/**
 * better-auth's endpoints that the web relies on, described by hand: its handler answers the
 * whole of `/api/auth/*` (routes/auth.ts), so there is no route of ours to hang a description
 * on. Bodies are better-auth's (minus session tokens, which routes/auth.ts strips); they are
 * loose objects because better-auth may add fields, and our error mapping is what we promise.
 */
const userSchema = z.looseObject({ id: z.string(), email: z.string(), name: z.string(), emailVerified: z.boolean() });
const sessionSchema = z.looseObject({ id: z.string(), userId: z.string(), expiresAt: z.string() });
const statusSchema = z.looseObject({ status: z.boolean() });
const callbackURL = z.string().optional().meta({ description: "A path of this app to land on from the emailed link." });

interface AuthOperation {
  method: "get" | "post";
  summary: string;
  description?: string;
  body?: z.ZodType;
  query?: Record<string, string>;
  ok: { status: 200 | 302; description: string; json?: z.ZodType };
  errors: Partial<Record<400 | 401 | 403 | 404 | 409 | 413 | 429, string>>;
}

const OPERATIONS: Record<string, AuthOperation> = {
  "/api/auth/sign-up/email": {
    method: "post",
    summary: "Create an account",
    description: "Does not sign in: sign in next. With email verification on, a confirmation link is emailed.",
    body: z.object({ email: z.string(), password: z.string(), name: z.string(), callbackURL }),
    ok: { status: 200, description: "Created; the same answer for an address already taken when emails are verified.", json: z.looseObject({ user: userSchema }) },
    errors: { 400: "A field is invalid, or the password is too weak.", 409: "The email is taken.", 429: "Too many attempts from this address." },
  },
  "/api/auth/sign-in/email": {
    method: "post",
    summary: "Sign in",
    description: "Sets the HttpOnly session cookie.",
    body: z.object({ email: z.string(), password: z.string(), rememberMe: z.boolean().optional() }),
    ok: { status: 200, description: "Signed in.", json: z.looseObject({ user: userSchema }) },
    errors: { 400: "A field is invalid.", 401: "Wrong email or password.", 403: "The email is not confirmed yet.", 429: "Too many attempts from this address." },
  },
  "/api/auth/sign-out": {
    method: "post",
    summary: "Sign out",
    ok: { status: 200, description: "The session is ended and its cookie cleared.", json: z.looseObject({ success: z.boolean() }) },
    errors: {},
  },
  "/api/auth/get-session": {
    method: "get",
    summary: "The current session",
    ok: { status: 200, description: "The session and its user, or null when signed out.", json: z.looseObject({ session: sessionSchema, user: userSchema }).nullable() },
    errors: {},
  },
  "/api/auth/send-verification-email": {
    method: "post",
    summary: "Email the address-confirmation link again",
    body: z.object({ email: z.string(), callbackURL }),
    ok: { status: 200, description: "Sent (or silently not, for an unknown address).", json: statusSchema },
    errors: { 400: "A field is invalid.", 404: "This server sends no email.", 409: "Already confirmed." },
  },
  "/api/auth/verify-email": {
    method: "get",
    summary: "Confirm an email address (the emailed link)",
    query: { token: "From the emailed link.", callbackURL: "Where to land once confirmed." },
    ok: { status: 302, description: "Confirmed: redirected to `callbackURL` (or answered JSON without one)." },
    errors: { 400: "The link expired or was already used." },
  },
  "/api/auth/request-password-reset": {
    method: "post",
    summary: "Email a password-reset link",
    body: z.object({ email: z.string(), redirectTo: z.string().optional() }),
    ok: { status: 200, description: "Sent, or silently not for an unknown address.", json: statusSchema },
    errors: { 400: "A field is invalid.", 404: "This server sends no email.", 429: "Too many attempts." },
  },
  "/api/auth/reset-password/{token}": {
    method: "get",
    summary: "Open a password-reset link (the emailed link)",
    query: { callbackURL: "The app's reset page." },
    ok: { status: 302, description: "Redirected to the reset page with the token, or with `error=INVALID_TOKEN`." },
    errors: {},
  },
  "/api/auth/reset-password": {
    method: "post",
    summary: "Set a new password with a reset token",
    body: z.object({ token: z.string(), newPassword: z.string() }),
    ok: { status: 200, description: "Changed; every session of the account is ended.", json: statusSchema },
    errors: { 400: "The link expired or was used, or the password is too weak.", 404: "This server sends no email." },
  },
};

/** A zod schema as the JSON Schema (2020-12) that OpenAPI 3.1 embeds. */
function jsonSchema(schema: z.ZodType) {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { unrepresentable: "any" });
  return rest;
}

const errorContent = { "application/json": { schema: jsonSchema(errorBodySchema) } };

function pathItem(path: string, op: AuthOperation) {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ in: "path", name, required: true, schema: { type: "string" } }));
  const query = Object.entries(op.query ?? {}).map(([name, description]) => ({ in: "query", name, required: false, description, schema: { type: "string" } }));
  const responses: Record<string, unknown> = {
    [op.ok.status]: { description: op.ok.description, ...(op.ok.json ? { content: { "application/json": { schema: jsonSchema(op.ok.json) } } } : {}) },
  };
  const errors = { 400: "A NUL character in the URL or a field (the input guard).", ...op.errors, ...(op.method === "post" ? { 403: op.errors[403] ?? "A cross-site request.", 413: "The body is too large." } : {}), 500: "Server error." };
  for (const [status, description] of Object.entries(errors)) responses[status] = { description, content: errorContent };
  return {
    [op.method]: {
      tags: ["account"],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      operationId: `auth${path.replace(/^\/api\/auth/, "").replace(/[^a-zA-Z]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      ...(params.length + query.length > 0 ? { parameters: [...params, ...query] } : {}),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body) } } } } : {}),
      responses,
    },
  };
}

/** better-auth's relied-on paths, as OpenAPI path items, merged into the generated document. */
export const AUTH_PATHS = Object.fromEntries(Object.entries(OPERATIONS).map(([path, op]) => [path, pathItem(path, op)]));
