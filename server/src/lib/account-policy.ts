import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { ACCOUNT_LIMITS, ACCOUNT_MESSAGES } from "./accounts.ts";
import { isCommonPassword } from "./common-passwords.ts";

/** The codes better-auth answers with when this policy refuses a request; routes/auth.ts words them. */
export const ACCOUNT_POLICY_CODES = {
  passwordTooCommon: "PASSWORD_TOO_COMMON",
  nameTooLong: "NAME_TOO_LONG",
  emailTooLong: "EMAIL_TOO_LONG",
} as const;

/** better-auth's endpoints that set a password, and the body field that carries the new one. */
const NEW_PASSWORD_FIELD = new Map([
  ["/sign-up/email", "password"],
  ["/change-password", "newPassword"],
  ["/reset-password", "newPassword"],
  ["/set-password", "newPassword"],
]);
const NAME_PATHS = new Set(["/sign-up/email", "/update-user"]);

function refuse(code: string, message: string): never {
  throw new APIError("BAD_REQUEST", { code, message });
}

/**
 * The app's own rules on better-auth's account endpoints, checked before an endpoint runs, so a
 * sign-up is refused in the same words whether or not its email is taken: a display name and an
 * email bounded like every other field, and no common password.
 */
export function accountPolicy(): BetterAuthPlugin {
  return {
    id: "rehearse-account-policy",
    hooks: {
      before: [
        {
          matcher: (ctx) => NAME_PATHS.has(ctx.path ?? "") || NEW_PASSWORD_FIELD.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const body: Record<string, unknown> = typeof ctx.body === "object" && ctx.body !== null ? ctx.body : {};
            const { name, email } = body;
            if (NAME_PATHS.has(ctx.path) && typeof name === "string" && name.length > ACCOUNT_LIMITS.nameChars) {
              refuse(ACCOUNT_POLICY_CODES.nameTooLong, ACCOUNT_MESSAGES.nameTooLong);
            }
            if (ctx.path === "/sign-up/email" && typeof email === "string" && email.length > ACCOUNT_LIMITS.emailChars) {
              refuse(ACCOUNT_POLICY_CODES.emailTooLong, ACCOUNT_MESSAGES.emailTooLong);
            }
            const field = NEW_PASSWORD_FIELD.get(ctx.path);
            const password = field === undefined ? undefined : body[field];
            if (typeof password === "string" && isCommonPassword(password)) refuse(ACCOUNT_POLICY_CODES.passwordTooCommon, ACCOUNT_MESSAGES.passwordTooCommon);
          }),
        },
      ],
    },
  };
}
