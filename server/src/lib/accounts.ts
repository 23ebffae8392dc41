/**
 * What an account needs, shared by the server's auth config and the web's forms. No imports:
 * the web bundles this file.
 */
export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/** A display name is bounded like every other text field; an email by what mail servers accept (RFC 5321). */
export const ACCOUNT_LIMITS = { nameChars: 100, emailChars: 254 } as const;

/** The words people see; the server answers with these and the web shows them as they are. */
export const ACCOUNT_MESSAGES = {
  wrongCredentials: "Wrong email or password.",
  emailTaken: "An account with this email already exists.",
  passwordTooShort: `Use at least ${PASSWORD_LENGTH.min} characters for your password.`,
  passwordTooLong: `Use at most ${PASSWORD_LENGTH.max} characters for your password.`,
  passwordTooCommon: "This password is on a list of the most common ones, which are guessed first: choose another.",
  passwordRule: `At least ${PASSWORD_LENGTH.min} characters, and not one of the most common passwords.`,
  nameTooLong: `Use at most ${ACCOUNT_LIMITS.nameChars} characters for your name.`,
  emailTooLong: `An email address has at most ${ACCOUNT_LIMITS.emailChars} characters.`,
  invalidEmail: "Enter a valid email address, like name@example.com.",
} as const;
