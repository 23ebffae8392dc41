import { type FormEvent, useState } from "react";
import { Link } from "../../components/Link.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { SignedInOnly } from "../../components/team/SignedInOnly.tsx";
import { TextField } from "../../components/TextField.tsx";
import { navigate, paths } from "../../lib/router.ts";
import { teamApi } from "../../lib/team-api.ts";
import { useDocumentTitle, useLoad } from "../../lib/useLoad.ts";

const ROLE_LABELS: Record<string, string> = { owner: "Owner", lead: "Lead" };

export function TeamsPage() {
  useDocumentTitle("Teams");
  return (
    <SignedInOnly to="see your teams">
      <h1>Teams</h1>
      <p className="lead">A team writes its own problems, puts them into interview sets and invites candidates with a link.</p>
      <MyTeams />
      <CreateTeam />
    </SignedInOnly>
  );
}

function MyTeams() {
  const load = useLoad("teams", teamApi.listTeams);
  if (load.state === "loading") return <Loading what="your teams" />;
  if (load.state === "failed") return <ErrorNotice title="Could not load your teams." error={load.error} />;
  if (load.data.length === 0) return <p className="notice">You are not in a team yet. Create one below, or ask a team's owner for an invitation.</p>;
  return (
    <ul className="problem-list" aria-label="Your teams">
      {load.data.map((team) => (
        <li key={team.id} className="problem-item">
          <Link href={paths.team(team.id)} className="problem-title">
            {team.name}
          </Link>
          <span className="tag">{ROLE_LABELS[team.role] ?? team.role}</span>
        </li>
      ))}
    </ul>
  );
}

function CreateTeam() {
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const current = attempt + 1;
    setAttempt(current);
    if (!name.trim()) {
      setFailure({ message: "Give the team a name.", attempt: current });
      return;
    }
    setFailure(null);
    setPending(true);
    try {
      const team = await teamApi.createTeam(name.trim());
      navigate(paths.team(team.id));
    } catch (error) {
      setFailure({ message: error instanceof Error ? error.message : String(error), attempt: current });
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="create-team-heading" className="account-page">
      <h2 id="create-team-heading">Create a team</h2>
      <form className="account-form" onSubmit={submit} noValidate aria-busy={pending}>
        <TextField label="Team name" name="name" value={name} onChange={(e) => setName(e.target.value)} required errorId={failure ? "create-team-error" : undefined} />
        <div role="alert" className="form-alert">
          {failure && (
            <p key={failure.attempt} id="create-team-error" className="notice notice-error">
              {failure.message}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Creating…" : "Create team"}
        </button>
      </form>
    </section>
  );
}
