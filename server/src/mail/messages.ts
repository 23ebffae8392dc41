import type { Mail } from "./mailer.ts";

/** How long a verification link works, in seconds (better-auth's `emailVerification.expiresIn`). */
export const VERIFICATION_LINK_TTL_SECONDS = 24 * 60 * 60;
/** How long a password-reset link works, in seconds (better-auth's `resetPasswordTokenExpiresIn`). */
export const RESET_LINK_TTL_SECONDS = 60 * 60;

interface Recipient {
  email: string;
  name: string;
}

export function verificationMail(user: Recipient, url: string): Mail {
  return {
    to: user.email,
    subject: "Confirm your email address for Rehearse",
    text: [
      `Hello ${user.name},`,
      "",
      `Open this link to confirm that ${user.email} is your address:`,
      "",
      url,
      "",
      `The link works for ${VERIFICATION_LINK_TTL_SECONDS / 3600} hours. Until you confirm, you can practise as usual, but not accept an invitation sent to this address.`,
      "",
      "If you did not create an account on Rehearse, ignore this email.",
    ].join("\n"),
  };
}

export function passwordResetMail(user: Recipient, url: string): Mail {
  return {
    to: user.email,
    subject: "Reset your Rehearse password",
    text: [
      `Hello ${user.name},`,
      "",
      `Someone asked to reset the password of the Rehearse account for ${user.email}. Open this link within ${RESET_LINK_TTL_SECONDS / 60} minutes to choose a new one:`,
      "",
      url,
      "",
      "If it was not you, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}
