import { type FormEvent, useState } from "react";
import { formatDateTime } from "../../lib/format.ts";
import { useSession } from "../../lib/session.tsx";
import { type CreatedSetInvitation, type SetInvitation, teamApi } from "../../lib/team-api.ts";
import { useLoad } from "../../lib/useLoad.ts";
import { ErrorNotice, Loading } from "../StatusMessage.tsx";
import { TextField } from "../TextField.tsx";
import { CopyField } from "./CopyField.tsx";
import { emailBindingHint } from "./email-binding.ts";

const STATUS_LABELS: Record<SetInvitation["status"], string> = { active: "Active", expired: "Expired", "used-up": "Used up", revoked: "Revoked" };

const EMPTY = { label: "", email: "", expiresInHours: "72", maxUses: "1" };

/** Invitation links to the set: make one (its link is shown once), see who used which, revoke. */
export function SetInvitations({ teamId, setId }: { teamId: string; setId: string }) {
  const { verifiesEmails } = useSession();
  const [reload, setReload] = useState(0);
  const load = useLoad(`set-invitations:${setId}:${reload}`, () => teamApi.listSetInvitations(teamId, setId));
  const [fields, setFields] = useState(EMPTY);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<CreatedSetInvitation | null>(null);
  const [revokeError, setRevokeError] = useState<Error | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const current = attempt + 1;
    setAttempt(current);
    const hours = Number(fields.expiresInHours);
    const uses = Number(fields.maxUses);
    const problem = !Number.isInteger(hours) || hours < 1 || hours > 720 ? "The link expires after 1 to 720 hours." : !Number.isInteger(uses) || uses < 1 || uses > 1000 ? "A link may be used 1 to 1000 times." : null;
    if (problem) {
      setFailure({ message: problem, attempt: current });
      return;
    }
    setFailure(null);
    setPending(true);
    try {
      const email = fields.email.trim();
      setCreated(await teamApi.createSetInvitation(teamId, setId, { label: fields.label.trim(), ...(email ? { email } : {}), expiresInHours: hours, maxUses: uses }));
      setFields(EMPTY);
      setReload((r) => r + 1);
    } catch (error) {
      setFailure({ message: error instanceof Error ? error.message : String(error), attempt: current });
    } finally {
      setPending(false);
    }
  }

  async function revoke(invitation: SetInvitation) {
    if (!window.confirm(`Revoke the link “${invitation.label || invitation.email || "without a label"}”? Nobody new can use it; attempts already begun go on.`)) return;
    setRevokeError(null);
    try {
      await teamApi.revokeSetInvitation(teamId, setId, invitation.id);
      setReload((r) => r + 1);
    } catch (error) {
      setRevokeError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      <h3 id="new-invitation-heading">New invitation link</h3>
      <form className="set-invitation-form" onSubmit={create} noValidate aria-labelledby="new-invitation-heading" aria-busy={pending}>
        <div className="form-row">
          <TextField label="Label" value={fields.label} onChange={(e) => setFields({ ...fields, label: e.target.value })} hint="For you: who or which round it is for." />
          <TextField
            label="Candidate's email (optional)"
            type="email"
            autoComplete="off"
            value={fields.email}
            onChange={(e) => setFields({ ...fields, email: e.target.value })}
            hint={`Then only the account with this email can use the link. ${emailBindingHint(verifiesEmails)}`}
          />
          <TextField label="Expires after (hours)" inputMode="numeric" value={fields.expiresInHours} onChange={(e) => setFields({ ...fields, expiresInHours: e.target.value })} />
          <TextField label="Uses" inputMode="numeric" value={fields.maxUses} onChange={(e) => setFields({ ...fields, maxUses: e.target.value })} hint="How many candidates may start with it." />
        </div>
        <div role="alert" className="form-alert">
          {failure && (
            <p key={failure.attempt} className="notice notice-error">
              {failure.message}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Creating…" : "Create link"}
        </button>
      </form>
      {created && (
        <div className="notice created-link" role="status">
          <p>
            <strong>Copy the link now:</strong> it is shown only this once (the server keeps only a hash of it).
          </p>
          <CopyField label="Invitation link" value={`${window.location.origin}${created.path}`} />
          <button type="button" className="secondary" onClick={() => setCreated(null)}>
            Done, hide the link
          </button>
        </div>
      )}
      <h3>Links</h3>
      {revokeError && <ErrorNotice title="Could not revoke it." error={revokeError} />}
      {load.state === "loading" && <Loading what="the links" />}
      {load.state === "failed" && <ErrorNotice title="Could not load the links." error={load.error} />}
      {load.state === "ready" &&
        (load.data.length === 0 ? (
          <p className="notice">No links yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Invitation links</caption>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Email</th>
                <th scope="col">Status</th>
                <th scope="col">Used</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="visually-hidden">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {load.data.map((inv) => (
                <tr key={inv.id}>
                  <td>{inv.label || <span className="muted">(none)</span>}</td>
                  <td>{inv.email ?? <span className="muted">anyone with the link</span>}</td>
                  <td>{STATUS_LABELS[inv.status] ?? inv.status}</td>
                  <td>
                    {inv.uses} of {inv.maxUses}
                  </td>
                  <td>{formatDateTime(new Date(inv.expiresAt))}</td>
                  <td>
                    {inv.status === "active" && (
                      <button type="button" className="secondary" onClick={() => revoke(inv)} aria-label={`Revoke ${inv.label || inv.email || "this link"}`}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
