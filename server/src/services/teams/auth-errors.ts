import { isAPIError } from "better-auth/api";
import { ConflictError, EmailNotVerifiedError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "../../lib/errors.ts";

/** better-auth's error codes we answer in our own words; any other error keeps its message. */
const MESSAGES: Partial<Record<string, string>> = {
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: "They are already a member of this team.",
  INVITATION_NOT_FOUND: "This invitation does not exist, has expired, or was already used.",
  YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: "This invitation was sent to another email address: sign in with that address to accept it.",
  ORGANIZATION_MEMBERSHIP_LIMIT_REACHED: "The team is full.",
  INVITATION_LIMIT_REACHED: "The team has too many pending invitations.",
};

const CONFLICTS = new Set(["USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION", "ORGANIZATION_ALREADY_EXISTS", "ORGANIZATION_SLUG_ALREADY_TAKEN"]);
const NOT_FOUND = new Set(["INVITATION_NOT_FOUND", "ORGANIZATION_NOT_FOUND"]);

/**
 * Runs a better-auth organization call, turning its HTTP-shaped errors into ours, so the one
 * `onError` answers them like every other error.
 */
export async function callAuth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const code = typeof error.body?.code === "string" ? error.body.code : "";
    const message = MESSAGES[code] ?? error.message;
    if (CONFLICTS.has(code)) throw new ConflictError(message);
    if (code === "EMAIL_VERIFICATION_REQUIRED_BEFORE_ACCEPTING_OR_REJECTING_INVITATION") throw new EmailNotVerifiedError();
    if (NOT_FOUND.has(code) || error.statusCode === 404) throw new NotFoundError(message);
    if (error.statusCode === 401) throw new UnauthorizedError();
    if (error.statusCode === 403) throw new ForbiddenError(message);
    if (error.statusCode === 400 || error.statusCode === 422) throw new ValidationError(message);
    throw error;
  }
}
