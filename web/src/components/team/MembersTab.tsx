import { type FormEvent, useState } from "react";
import { formatDateTime } from "../../lib/format.ts";
import { paths } from "../../lib/router.ts";
import { useSession } from "../../lib/session.tsx";
import { type LeadInvitation, type TeamDetail, teamApi } from "../../lib/team-api.ts";
import { TextField } from "../TextField.tsx";
import { CopyField } from "./CopyField.tsx";
import { emailBindingHint } from "./email-binding.ts";

const ROLE_LABELS: Record<string, string> = { owner: "Owner", lead: "Lead" };

/** Who is in the team, the leads invited, and a form to invite another lead by email. */
export function MembersTab({ team }: { team: TeamDetail }) {
  const { verifiesEmails } = useSession();
  const [email, setEmail] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<LeadInvitation | null>(null);
  // Invitations made here since the team loaded; the list shows them without reloading the page.
  const [added, setAdded] = useState<LeadInvitation[]>([]);
  const invited = [...team.invitations.map((i) => ({ id: i.id, email: i.email, status: i.status, expiresAt: i.expiresAt })), ...added.map((i) => ({ id: i.id, email: i.email, status: "pending", expiresAt: i.expiresAt }))];

  async function invite(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const current = attempt + 1;
    setAttempt(current);
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setFailure({ message: "Enter the email address the new lead signs in with.", attempt: current });
      return;
    }
    setFailure(null);
    setPending(true);
    try {
      const invitation = await teamApi.inviteLead(team.id, email.trim());
      setSent(invitation);
      setAdded((list) => [...list, invitation]);
      setEmail("");
    } catch (error) {
      setFailure({ message: error instanceof Error ? error.message : String(error), attempt: current });
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <table className="data-table">
        <caption className="visually-hidden">Members</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {team.members.map((m) => (
            <tr key={m.userId}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>{ROLE_LABELS[m.role] ?? m.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {invited.length > 0 && (
        <>
          <h3>Invited leads</h3>
          <ul>
            {invited.map((inv) => (
              <li key={inv.id}>
                {inv.email} ({inv.status}, expires {formatDateTime(new Date(inv.expiresAt))})
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 id="invite-lead-heading">Invite a lead</h3>
      <form className="account-form narrow-form" onSubmit={invite} noValidate aria-labelledby="invite-lead-heading" aria-busy={pending}>
        <TextField
          label="Email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          hint={emailBindingHint(verifiesEmails)}
          errorId={failure ? "invite-lead-error" : undefined}
        />
        <div role="alert" className="form-alert">
          {failure && (
            <p key={failure.attempt} id="invite-lead-error" className="notice notice-error">
              {failure.message}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Inviting…" : "Create invitation link"}
        </button>
      </form>
      {sent && (
        <div className="notice" role="status">
          <p>
            Invitation for <strong>{sent.email}</strong> created. Send them this link; they sign in with that email to join.
          </p>
          <CopyField label="Invitation link" value={`${window.location.origin}${sent.path ?? paths.teamJoin(sent.id)}`} />
        </div>
      )}
    </section>
  );
}
