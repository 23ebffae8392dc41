import { ACCOUNT_MESSAGES } from "../../../server/src/lib/accounts.ts";
import { AccountForm, FieldError, formText } from "../components/AccountForm.tsx";
import { Link } from "../components/Link.tsx";
import { SignedInNotice } from "../components/SignedInNotice.tsx";
import { TextField } from "../components/TextField.tsx";
import { navigate, nextPath, paths } from "../lib/router.ts";
import { signIn, useSession } from "../lib/session.tsx";
import { useDocumentTitle } from "../lib/useLoad.ts";

export function SignIn() {
  useDocumentTitle("Sign in");
  const { user, refresh, verifiesEmails } = useSession();
  const next = nextPath(window.location.search);

  async function submit(form: FormData) {
    const email = formText(form, "email");
    const password = formText(form, "password");
    if (!email) throw new FieldError("email", "Enter your email address.");
    if (!password) throw new FieldError("password", "Enter your password.");
    await signIn({ email, password });
    await refresh();
    navigate(next);
  }

  return (
    <section className="account-page" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      {user ? (
        <SignedInNotice email={user.email} />
      ) : (
        <>
          <p className="lead">Your drafts, submissions and progress are kept with your account.</p>
          <AccountForm action="Sign in" pendingAction="Signing in…" onSubmit={submit} fieldOf={(message) => (message === ACCOUNT_MESSAGES.invalidEmail ? "email" : undefined)}>
            {(errorFor) => (
              <>
                <TextField label="Email" name="email" type="email" autoComplete="email" required errorId={errorFor("email")} />
                <TextField label="Password" name="password" type="password" autoComplete="current-password" required errorId={errorFor("password")} />
              </>
            )}
          </AccountForm>
          <p>
            No account yet? <Link href={paths.signUp(next)}>Create one</Link>.
          </p>
          {verifiesEmails && (
            <p>
              <Link href={paths.forgotPassword()}>Forgot your password?</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
