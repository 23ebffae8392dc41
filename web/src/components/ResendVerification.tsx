import { useState } from "react";
import { paths } from "../lib/router.ts";
import { sendVerificationEmail } from "../lib/session.tsx";

/** Mails the signed-in user a new verification link, whose landing page then goes on to `next`. */
export function ResendVerification({ email, next }: { email: string; next: string }) {
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle");
  const [failure, setFailure] = useState<string | null>(null);

  async function send() {
    setState("sending");
    setFailure(null);
    try {
      await sendVerificationEmail(email, paths.verifyEmail(next));
      setState("sent");
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setState("idle");
    }
  }

  return (
    <div className="resend-verification">
      <button type="button" className="secondary" onClick={send} disabled={state !== "idle"}>
        {state === "sending" ? "Sending…" : "Send the link again"}
      </button>
      <div role="status">
        {state === "sent" && (
          <p>
            A new link is on its way to <strong>{email}</strong>.
          </p>
        )}
      </div>
      {failure && (
        <p role="alert" className="notice notice-error">
          {failure}
        </p>
      )}
    </div>
  );
}
