import { ACCOUNT_MESSAGES, PASSWORD_LENGTH } from "../../../server/src/lib/accounts.ts";
import { TextField } from "./TextField.tsx";

/** Whether a server message is about a new password (the messages are the server's own). */
export function isPasswordMessage(message: string): boolean {
  return message === ACCOUNT_MESSAGES.passwordTooShort || message === ACCOUNT_MESSAGES.passwordTooLong || message === ACCOUNT_MESSAGES.passwordTooCommon;
}

/** A new password, with the server's rule said under it: sign-up and password reset. */
export function NewPasswordField({ label, errorId }: { label: string; errorId: string | undefined }) {
  return (
    <TextField
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_LENGTH.min}
      maxLength={PASSWORD_LENGTH.max}
      hint={ACCOUNT_MESSAGES.passwordRule}
      errorId={errorId}
    />
  );
}
