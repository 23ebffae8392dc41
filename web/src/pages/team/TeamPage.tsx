import { useState } from "react";
import { Link } from "../../components/Link.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { MembersTab } from "../../components/team/MembersTab.tsx";
import { ProblemsTab } from "../../components/team/ProblemsTab.tsx";
import { SetsTab } from "../../components/team/SetsTab.tsx";
import { SignedInOnly } from "../../components/team/SignedInOnly.tsx";
import { type Tab, Tabs } from "../../components/team/Tabs.tsx";
import { paths } from "../../lib/router.ts";
import { type TeamDetail, teamApi } from "../../lib/team-api.ts";
import { useDocumentTitle, useLoad } from "../../lib/useLoad.ts";

type TabId = "problems" | "sets" | "members";
const TAB_IDS: TabId[] = ["problems", "sets", "members"];

/** `?tab=sets` opens a tab, so a link back from a set lands on the sets. */
export const teamTabPath = (teamId: string, tab: TabId) => `${paths.team(teamId)}?tab=${tab}`;

export function TeamPage({ teamId }: { teamId: string }) {
  return (
    <SignedInOnly to="see this team">
      <p>
        <Link href={paths.teams()}>← Teams</Link>
      </p>
      <Team teamId={teamId} />
    </SignedInOnly>
  );
}

function Team({ teamId }: { teamId: string }) {
  const load = useLoad(`team:${teamId}`, () => teamApi.getTeam(teamId));
  const [tab, setTab] = useState<TabId>(() => TAB_IDS.find((t) => t === new URLSearchParams(window.location.search).get("tab")) ?? "problems");
  useDocumentTitle(load.state === "ready" ? load.data.name : "Team");

  function select(next: TabId) {
    setTab(next);
    window.history.replaceState(window.history.state, "", teamTabPath(teamId, next));
  }

  if (load.state === "loading") return <Loading what="the team" />;
  if (load.state === "failed") return <ErrorNotice title="Could not load the team." error={load.error} />;
  const team: TeamDetail = load.data;
  const tabs: Tab<TabId>[] = [
    { id: "problems", title: "Problems", panel: <ProblemsTab teamId={teamId} /> },
    { id: "sets", title: "Sets", panel: <SetsTab teamId={teamId} /> },
    { id: "members", title: "Members", panel: <MembersTab team={team} /> },
  ];
  return (
    <>
      <h1>{team.name}</h1>
      <p className="muted">You are {team.role === "owner" ? "the owner" : "a lead"} of this team.</p>
      <Tabs label="Team" tabs={tabs} selected={tab} onSelect={select} />
    </>
  );
}
