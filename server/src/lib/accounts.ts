/**
 * What an account needs, shared by the server's auth config and the web's forms. No imports:
 * the web bundles this file.
 */
export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;

/** The words people see; the server answers with these and the web shows them as they are. */
export const ACCOUNT_MESSAGES = {
  wrongCredentials: "Wrong email or password.",
  emailTaken: "An account with this email already exists.",
  passwordTooShort: `Use at least ${PASSWORD_LENGTH.min} characters for your password.`,
  passwordTooLong: `Use at most ${PASSWORD_LENGTH.max} characters for your password.`,
  invalidEmail: "Enter a valid email address, like name@example.com.",
} as const;
