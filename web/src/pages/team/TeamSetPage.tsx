import { useState } from "react";
import { Link } from "../../components/Link.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { SetForm } from "../../components/team/SetForm.tsx";
import { SetInvitations } from "../../components/team/SetInvitations.tsx";
import { SetResults } from "../../components/team/SetResults.tsx";
import { SignedInOnly } from "../../components/team/SignedInOnly.tsx";
import { type Tab, Tabs } from "../../components/team/Tabs.tsx";
import { navigate, paths } from "../../lib/router.ts";
import { teamApi } from "../../lib/team-api.ts";
import { emptySetForm, setFormFromSet } from "../../lib/team-set.ts";
import { useDocumentTitle, useLoad } from "../../lib/useLoad.ts";
import { teamTabPath } from "./TeamPage.tsx";

export function TeamSetNewPage({ teamId }: { teamId: string }) {
  useDocumentTitle("New set");
  return (
    <SignedInOnly to="build a set">
      <p>
        <Link href={teamTabPath(teamId, "sets")}>← Sets</Link>
      </p>
      <h1>New set</h1>
      <SetForm
        teamId={teamId}
        initial={emptySetForm()}
        saveLabel="Create set"
        onSave={async (input) => {
          const set = await teamApi.createSet(teamId, input);
          navigate(paths.teamSet(teamId, set.id));
        }}
      />
    </SignedInOnly>
  );
}

type TabId = "set" | "invitations" | "results";
const TAB_IDS: TabId[] = ["set", "invitations", "results"];

export function TeamSetPage({ teamId, setId }: { teamId: string; setId: string }) {
  return (
    <SignedInOnly to="see this set">
      <p>
        <Link href={teamTabPath(teamId, "sets")}>← Sets</Link>
      </p>
      <ExistingSet teamId={teamId} setId={setId} />
    </SignedInOnly>
  );
}

function ExistingSet({ teamId, setId }: { teamId: string; setId: string }) {
  const [title, setTitle] = useState<string | null>(null);
  const [exportError, setExportError] = useState<Error | null>(null);
  const load = useLoad(`set:${setId}`, () => teamApi.getSet(teamId, setId));
  const [tab, setTab] = useState<TabId>(() => TAB_IDS.find((t) => t === new URLSearchParams(window.location.search).get("tab")) ?? "set");
  useDocumentTitle(title ?? (load.state === "ready" ? load.data.title : "Set"));

  function select(next: TabId) {
    setTab(next);
    window.history.replaceState(window.history.state, "", `${paths.teamSet(teamId, setId)}?tab=${next}`);
  }

  if (load.state === "loading") return <Loading what="the set" />;
  if (load.state === "failed") return <ErrorNotice title="Could not load the set." error={load.error} />;
  const set = load.data;
  const tabs: Tab<TabId>[] = [
    {
      id: "set",
      title: "Set",
      panel: (
        <SetForm
          teamId={teamId}
          initial={setFormFromSet(set)}
          saveLabel="Save set"
          onSave={async (input) => {
            const saved = await teamApi.saveSet(teamId, setId, input);
            setTitle(saved.title);
          }}
        />
      ),
    },
    { id: "invitations", title: "Invitations", panel: <SetInvitations teamId={teamId} setId={setId} /> },
    { id: "results", title: "Results", panel: <SetResults teamId={teamId} setId={setId} /> },
  ];
  async function exportSet() {
    setExportError(null);
    try {
      await teamApi.exportSet(teamId, setId);
    } catch (error) {
      setExportError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (
    <>
      <h1>{title ?? set.title}</h1>
      <div className="actions">
        <button type="button" className="secondary" onClick={exportSet}>
          Download the set (zip)
        </button>
      </div>
      {exportError && <ErrorNotice title="Could not export the set." error={exportError} />}
      <Tabs label="Set" tabs={tabs} selected={tab} onSelect={select} />
    </>
  );
}
