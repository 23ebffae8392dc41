import { useState } from "react";
import { ACCOUNT_MESSAGES, PASSWORD_LENGTH } from "../../../server/src/lib/accounts.ts";
import { AccountForm, FieldError, formText } from "../components/AccountForm.tsx";
import { Link } from "../components/Link.tsx";
import { isPasswordMessage, NewPasswordField } from "../components/NewPasswordField.tsx";
import { paths } from "../lib/router.ts";
import { resetPassword, useSession } from "../lib/session.tsx";
import { useDocumentTitle } from "../lib/useLoad.ts";

/** Where the reset mail's link lands, with `?token=` (or `?error=` when the link is stale): a new password. */
export function ResetPasswordPage() {
  useDocumentTitle("Choose a new password");
  const { refresh } = useSession();
  const [done, setDone] = useState(false);
  const token = new URLSearchParams(window.location.search).get("token");

  async function submit(form: FormData) {
    const password = formText(form, "password");
    if (password.length < PASSWORD_LENGTH.min) throw new FieldError("password", ACCOUNT_MESSAGES.passwordTooShort);
    await resetPassword(token ?? "", password);
    setDone(true);
    // Every session of the account was ended, this browser's included.
    await refresh();
  }

  return (
    <section className="account-page" aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      {done ? (
        <p className="notice" role="status">
          Your password is changed, and every session of your account is signed out. <Link href={paths.signIn()}>Sign in</Link> with the new one.
        </p>
      ) : !token ? (
        <p className="notice notice-error">
          This link has expired or was already used. <Link href={paths.forgotPassword()}>Ask for a new one</Link>.
        </p>
      ) : (
        <AccountForm
          action="Change password"
          pendingAction="Changing your password…"
          onSubmit={submit}
          fieldOf={(message) =>
            isPasswordMessage(message) ? "password" : undefined
          }
        >
          {(errorFor) => (
            <NewPasswordField label="New password" errorId={errorFor("password")} />
          )}
        </AccountForm>
      )}
    </section>
  );
}
