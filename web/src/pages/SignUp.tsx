import { useState } from "react";
import { ACCOUNT_LIMITS, ACCOUNT_MESSAGES, PASSWORD_LENGTH } from "../../../server/src/lib/accounts.ts";
import { AccountForm, FieldError, formText } from "../components/AccountForm.tsx";
import { Link } from "../components/Link.tsx";
import { isPasswordMessage, NewPasswordField } from "../components/NewPasswordField.tsx";
import { ResendVerification } from "../components/ResendVerification.tsx";
import { SignedInNotice } from "../components/SignedInNotice.tsx";
import { TextField } from "../components/TextField.tsx";
import { navigate, nextPath, paths } from "../lib/router.ts";
import { ApiError } from "../lib/api.ts";
import { signIn, signUp, useSession } from "../lib/session.tsx";
import { useDocumentTitle } from "../lib/useLoad.ts";

/** Which field a server message is about: the messages are the server's own, shared with it. */
function fieldOf(message: string): string | undefined {
  if (message === ACCOUNT_MESSAGES.emailTaken || message === ACCOUNT_MESSAGES.invalidEmail || message === ACCOUNT_MESSAGES.emailTooLong) return "email";
  if (isPasswordMessage(message)) return "password";
  if (message === ACCOUNT_MESSAGES.nameTooLong) return "name";
  return undefined;
}

export function SignUp() {
  useDocumentTitle("Create an account");
  const { user, refresh, verifiesEmails } = useSession();
  const next = nextPath(window.location.search);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(form: FormData) {
    const email = formText(form, "email");
    const password = formText(form, "password");
    if (!email) throw new FieldError("email", "Enter your email address.");
    if (password.length < PASSWORD_LENGTH.min) throw new FieldError("password", ACCOUNT_MESSAGES.passwordTooShort);
    // better-auth wants a name; the part before the @ will do when none is given.
    const name = formText(form, "name") || (email.split("@")[0] ?? email);
    // The mail's link lands on the verify page, which goes on to where sign-up was headed.
    await signUp({ email, password, name, callbackURL: paths.verifyEmail(next) });
    // The server answers a sign-up alike whether or not the email is taken, and does not sign in:
    // only this sign-in can fail, when the email already had an account with another password.
    try {
      await signIn({ email, password });
    } catch (error) {
      throw error instanceof ApiError && error.status === 401 ? new FieldError("email", ACCOUNT_MESSAGES.emailTaken) : error;
    }
    await refresh();
    if (verifiesEmails) setSentTo(email);
    else navigate(next);
  }

  if (sentTo) return <CheckYourEmail email={sentTo} next={next} />;

  return (
    <section className="account-page" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create an account</h1>
      {user ? (
        <SignedInNotice email={user.email} />
      ) : (
        <>
          <p className="lead">Practice works without one; with one, your drafts, submissions and progress are kept.</p>
          <AccountForm action="Create account" pendingAction="Creating your account…" onSubmit={submit} fieldOf={fieldOf}>
            {(errorFor) => (
              <>
                <TextField label="Email" name="email" type="email" autoComplete="email" required errorId={errorFor("email")} />
                <TextField label="Name (optional)" name="name" type="text" autoComplete="name" maxLength={ACCOUNT_LIMITS.nameChars} errorId={errorFor("name")} />
                <NewPasswordField label="Password" errorId={errorFor("password")} />
              </>
            )}
          </AccountForm>
          <p>
            Already have an account? <Link href={paths.signIn(next)}>Sign in</Link>.
          </p>
        </>
      )}
    </section>
  );
}

/** After sign-up on a server that verifies emails: the account works, and the address waits for its link. */
function CheckYourEmail({ email, next }: { email: string; next: string }) {
  useDocumentTitle("Check your email");
  return (
    <section className="account-page" aria-labelledby="check-email-title">
      <h1 id="check-email-title">Check your email</h1>
      <p className="notice" role="status">
        Your account is ready. We sent a link to <strong>{email}</strong>: open it to confirm the address is yours. Until then you can practise, but not
        accept an invitation sent to this address.
      </p>
      <ResendVerification email={email} next={next} />
      <p>
        <Link href={next}>Continue</Link>
      </p>
    </section>
  );
}
