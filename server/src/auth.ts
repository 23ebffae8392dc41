import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization } from "better-auth/plugins";
import { eq } from "drizzle-orm";
import type { Db } from "./db/client.ts";
import * as authSchema from "./db/schema/auth.ts";
import { accountPolicy } from "./lib/account-policy.ts";
import { PASSWORD_LENGTH } from "./lib/accounts.ts";
import type { Mail, Mailer } from "./mail/mailer.ts";
import { passwordResetMail, RESET_LINK_TTL_SECONDS, VERIFICATION_LINK_TTL_SECONDS, verificationMail } from "./mail/messages.ts";
import { teamAccess, teamRoles } from "./teams/roles.ts";

/** better-auth's log levels; the function gets every line it would print. */
export type AuthLogLevel = "debug" | "info" | "warn" | "error";
export type AuthLog = (level: AuthLogLevel, message: string, ...args: unknown[]) => void;

export interface AuthConfig {
  db: Db;
  /** Where people reach the app, e.g. `https://rehearse.example.com`: the origin sign-in forms are posted from. */
  baseURL: string;
  /** Signs session cookies; at least 32 random characters in production. */
  secret: string;
  /** Other origins allowed to post to `/api/auth/*` (the Vite dev server, another host name). */
  trustedOrigins?: string[];
  /** Where better-auth's own log lines go; the console by default. */
  log?: AuthLog;
  /** The least severe line logged; "warn" by default. */
  logLevel?: AuthLogLevel;
  /** Sign-in and sign-up attempts per client per minute; SIGN_IN_RATE_LIMIT.max by default. */
  signInPerMinute?: number;
  /** Sends verification and password-reset mail. Without one, emails are never verified and passwords cannot be reset. */
  mailer?: Mailer | null;
}

export const AUTH_BASE_PATH = "/api/auth";

/**
 * Set by `authRoutes` from the TCP peer (or the proxy's header when PROXY_CLIENT_IP_HEADER is
 * set), never taken from the client: rate limits count per client, not per forged header.
 */
export const CLIENT_IP_HEADER = "x-rehearse-client-ip";

/** Failed passwords are guessed slowly: per client, per window. */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 10 } as const;
/** How long a lead's invitation to join a team stays valid: a week. */
export const TEAM_INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Email-and-password accounts with cookie sessions, kept by drizzle in the app's database.
 * The origin check is on whatever NODE_ENV says (better-auth turns it off under test by
 * default), so the tests exercise what production does.
 */
export function createAuth({ db, baseURL, secret, trustedOrigins = [], log, logLevel = "warn", signInPerMinute = SIGN_IN_RATE_LIMIT.max, mailer = null }: AuthConfig) {
  const signInLimit = { window: SIGN_IN_RATE_LIMIT.window, max: signInPerMinute };
  const mail = mailer ? mailOptions(db, mailer, log ?? ((_level, message, ...args) => console.error(message, ...args))) : null;
  return betterAuth({
    appName: "Rehearse",
    baseURL,
    basePath: AUTH_BASE_PATH,
    secret,
    trustedOrigins,
    database: drizzleAdapter(db, { provider: "sqlite", schema: authSchema, usePlural: true }),
    emailAndPassword: {
      enabled: true,
      // A sign-up that signed in at once would tell a taken email (no session) from a new one. Without
      // it better-auth answers both alike, hashing the password either way; the web signs in next.
      autoSignIn: false,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
      ...mail?.emailAndPassword,
    },
    ...(mail ? { emailVerification: mail.emailVerification } : {}),
    plugins: [
      accountPolicy(),
      organization({
        ac: teamAccess,
        roles: teamRoles,
        creatorRole: "owner",
        invitationExpiresIn: TEAM_INVITATION_TTL_SECONDS,
        cancelPendingInvitationsOnReInvite: true,
        // Only a verified address proves the invitation reached its owner; without mail, nothing can be verified.
        requireEmailVerificationOnInvitation: mail !== null,
        // No mail server is assumed: the inviting lead copies the link the app shows them.
        sendInvitationEmail: async () => {},
      }),
    ],
    // On in every environment (better-auth turns it off outside production), in memory per process.
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": signInLimit, "/sign-up/email": signInLimit },
    },
    telemetry: { enabled: false },
    advanced: { disableOriginCheck: false, disableCSRFCheck: false, ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
    logger: { level: logLevel, ...(log ? { log } : {}) },
  });
}

/**
 * With a mailer, sign-up sends a verification link and a forgotten password can be reset by mail.
 * Mail goes out in the background, so the SMTP server's delay never tells whether an address has
 * an account; a failure is logged.
 */
function mailOptions(db: Db, mailer: Mailer, log: AuthLog) {
  const send = (mail: Mail, what: string) => {
    mailer.send(mail).catch((error: unknown) => log("error", `Could not send the ${what} email:`, error));
  };
  return {
    emailVerification: {
      sendOnSignUp: true,
      expiresIn: VERIFICATION_LINK_TTL_SECONDS,
      sendVerificationEmail: async ({ user, url }: { user: { email: string; name: string }; url: string }) => send(verificationMail(user, url), "verification"),
    },
    emailAndPassword: {
      resetPasswordTokenExpiresIn: RESET_LINK_TTL_SECONDS,
      // Whoever held the account before (a squatter on the address, a guessed password) is signed out.
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }: { user: { email: string; name: string }; url: string }) => send(passwordResetMail(user, url), "password reset"),
      // The reset link reached the mailbox, which proves the address as well as a verification link does.
      onPasswordReset: async ({ user }: { user: { id: string } }) => {
        await db.update(authSchema.users).set({ emailVerified: true }).where(eq(authSchema.users.id, user.id));
      },
    },
  };
}

export type Auth = ReturnType<typeof createAuth>;

/** Whether this server verifies emails (it has a mailer): invitations bound to an email then need it verified. */
export function verifiesEmails(auth: Auth): boolean {
  return auth.options.emailVerification?.sendVerificationEmail !== undefined;
}

/** The signed-in user as better-auth loads it from a session cookie. */
export type SessionUser = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>["user"];
