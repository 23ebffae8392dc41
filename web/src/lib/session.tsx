import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, type User } from "./api.ts";
import { paths } from "./router.ts";

export interface Session {
  /** Who is signed in; null when nobody is (or while `loading`). */
  user: User | null;
  /** True until the first answer from /api/me. */
  loading: boolean;
  /**
   * Whether this server verifies emails by mail: then sign-up asks people to confirm their address,
   * and a forgotten password can be reset. Without it, an invitation bound to an email proves nothing.
   */
  verifiesEmails: boolean;
  /** Reads /api/me again, after signing in or up. */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ user: User | null; loading: boolean; verifiesEmails: boolean }>({ user: null, loading: true, verifiesEmails: false });

  const refresh = useCallback(async () => {
    try {
      const { user, verifiesEmails } = await api.getMe();
      setState({ user, loading: false, verifiesEmails });
    } catch {
      // The server is unreachable: practice works signed out, so carry on as a visitor.
      setState((s) => ({ ...s, user: null, loading: false }));
    }
  }, []);

  const signOut = useCallback(async () => {
    await postAuth("/api/auth/sign-out", {});
    setState((s) => ({ ...s, user: null, loading: false }));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const session = useMemo(() => ({ ...state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() needs a <SessionProvider> above it.");
  return session;
}

export interface Credentials {
  email: string;
  password: string;
}

export const signIn = (credentials: Credentials) => postAuth("/api/auth/sign-in/email", credentials);
/** `callbackURL`: where the link in the verification mail lands (a path on this site). */
export const signUp = (account: Credentials & { name: string; callbackURL: string }) => postAuth("/api/auth/sign-up/email", account);

/** Mails the signed-in user a new verification link. */
export const sendVerificationEmail = (email: string, callbackURL: string) => postAuth("/api/auth/send-verification-email", { email, callbackURL });
/** Mails a reset link if the address has an account; the answer is the same either way. */
export const requestPasswordReset = (email: string) => postAuth("/api/auth/request-password-reset", { email, redirectTo: paths.resetPassword() });
/** `token` comes from the reset link, through the reset page's query string. */
export const resetPassword = (token: string, newPassword: string) => postAuth("/api/auth/reset-password", { token, newPassword });

/**
 * better-auth's endpoints are not in the typed client (they are its own), so they are plain
 * fetches; the server words their failures and answers them in the one error shape.
 */
async function postAuth(path: string, body: unknown): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, "network_error", "Could not reach the server. Check that it is running and try again.");
  }
  if (response.ok) return;
  const error = (await response.json().catch(() => ({}))) as { code?: unknown; message?: unknown; requestId?: unknown };
  throw new ApiError(
    response.status,
    typeof error.code === "string" ? error.code : "http_error",
    typeof error.message === "string" ? error.message : `The server answered ${response.status} ${response.statusText}.`,
    typeof error.requestId === "string" ? error.requestId : undefined,
  );
}
