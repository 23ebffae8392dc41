import { useState } from "react";
import { AccountForm, FieldError, formText } from "../components/AccountForm.tsx";
import { Link } from "../components/Link.tsx";
import { Loading } from "../components/StatusMessage.tsx";
import { TextField } from "../components/TextField.tsx";
import { paths } from "../lib/router.ts";
import { requestPasswordReset, useSession } from "../lib/session.tsx";
import { useDocumentTitle } from "../lib/useLoad.ts";

/** Asks for a reset link by mail; says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  useDocumentTitle("Forgot your password");
  const { loading, verifiesEmails } = useSession();
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(form: FormData) {
    const email = formText(form, "email");
    if (!email) throw new FieldError("email", "Enter your email address.");
    await requestPasswordReset(email);
    setSentTo(email);
  }

  return (
    <section className="account-page" aria-labelledby="forgot-title">
      <h1 id="forgot-title">Forgot your password</h1>
      {loading ? (
        <Loading what="the form" />
      ) : !verifiesEmails ? (
        <p className="notice">This server sends no email, so it cannot reset a password. Ask the person who runs it.</p>
      ) : sentTo ? (
        <p className="notice" role="status">
          If an account uses <strong>{sentTo}</strong>, a link to choose a new password is on its way there. It works for an hour.
        </p>
      ) : (
        <>
          <p className="lead">We will email you a link to choose a new password.</p>
          <AccountForm action="Email me a link" pendingAction="Sending…" onSubmit={submit}>
            {(errorFor) => <TextField label="Email" name="email" type="email" autoComplete="email" required errorId={errorFor("email")} />}
          </AccountForm>
        </>
      )}
      <p>
        <Link href={paths.signIn()}>Back to sign in</Link>
      </p>
    </section>
  );
}
