import { type FormEvent, useState } from "react";
import { parse as parseYaml } from "yaml";
import type { RubricKind } from "../../../../server/src/scoring/rubric.ts";
import { FileIssuesError, type SavedProblem, type TeamProblemKind, teamApi } from "../../lib/team-api.ts";
import { type CodingForm, type Composed, composeCodingFiles, emptyCodingForm, type FormIssue, parseCodingFiles } from "../../lib/team-coding.ts";
import { composeRubricYaml, emptyRubricForm, parseRubricYaml, type RubricForm } from "../../lib/team-rubric.ts";
import { CodingProblemForm } from "./CodingProblemForm.tsx";
import { TextAreaField } from "./Fields.tsx";
import { FormIssues } from "./FormIssues.tsx";
import { RubricProblemForm } from "./RubricProblemForm.tsx";
import { FileIssueList } from "./ValidationReport.tsx";

type EditorState =
  | { kind: "coding"; coding: CodingForm }
  /** `yaml`: the file's text while editing it as text (or when it does not parse). */
  | { kind: RubricKind; rubric: RubricForm; yaml: string | null };

function initialState(kind: TeamProblemKind, slug: string | undefined, files: Record<string, string> | undefined): { state: EditorState; note?: string } {
  if (kind === "coding") return { state: { kind, coding: files && slug ? parseCodingFiles(slug, files) : emptyCodingForm() } };
  const yaml = files?.["rubric.yaml"];
  if (yaml === undefined) return { state: { kind, rubric: emptyRubricForm(kind), yaml: null } };
  try {
    return { state: { kind, rubric: parseRubricYaml(yaml, kind), yaml: null } };
  } catch (error) {
    const note = `This version's rubric.yaml does not parse (${error instanceof Error ? error.message : String(error)}): edit it as text.`;
    return { state: { kind, rubric: emptyRubricForm(kind), yaml }, note };
  }
}

function compose(state: EditorState): Composed {
  if (state.kind === "coding") return composeCodingFiles(state.coding);
  if (state.yaml !== null) return { ok: true, files: { "rubric.yaml": state.yaml } };
  return composeRubricYaml(state.rubric);
}

/** The slug a new problem is saved under: the folder name, or the rubric's id. */
function slugOf(state: EditorState): string {
  if (state.kind === "coding") return state.coding.slug;
  if (state.yaml === null) return state.rubric.id;
  try {
    const id: unknown = (parseYaml(state.yaml) as { id?: unknown } | null)?.id;
    return typeof id === "string" ? id : "";
  } catch {
    return "";
  }
}

interface ProblemEditorProps {
  teamId: string;
  kind: TeamProblemKind;
  /** Editing a saved problem: its id, slug and the files of the version the editor starts from. */
  problem?: { id: string; slug: string; files: Record<string, string> };
  onSaved: (saved: SavedProblem) => void;
}

/** The authoring form of any kind of problem; Save composes its files and sends them as a new version. */
export function ProblemEditor({ teamId, kind, problem, onSaved }: ProblemEditorProps) {
  const [{ state: initial, note }] = useState(() => initialState(kind, problem?.slug, problem?.files));
  const [state, setState] = useState<EditorState>(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const [yamlError, setYamlError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setAttempt((a) => a + 1);
    setFailure(null);
    const composed = compose(state);
    if (!composed.ok) {
      setIssues(composed.issues);
      return;
    }
    setIssues([]);
    setSaving(true);
    try {
      const saved = problem ? await teamApi.saveProblem(teamId, problem.id, composed.files) : await teamApi.createProblem(teamId, kind, slugOf(state), composed.files);
      onSaved(saved);
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setSaving(false);
    }
  }

  function toggleYaml() {
    if (state.kind === "coding") return;
    if (state.yaml === null) {
      const composed = composeRubricYaml(state.rubric);
      if (!composed.ok) {
        setIssues(composed.issues);
        setAttempt((a) => a + 1);
        return;
      }
      setState({ ...state, yaml: composed.files["rubric.yaml"] ?? "" });
      return;
    }
    try {
      setState({ ...state, rubric: parseRubricYaml(state.yaml, state.kind), yaml: null });
      setYamlError(null);
    } catch (error) {
      setYamlError(`The YAML does not parse, so it cannot go back to the form: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <form className="problem-editor" onSubmit={save} noValidate aria-busy={saving}>
      {note && <p className="notice">{note}</p>}
      <FormIssues issues={issues} attempt={attempt} />
      {state.kind === "coding" ? (
        <CodingProblemForm form={state.coding} onChange={(patch) => setState({ ...state, coding: { ...state.coding, ...patch } })} issues={issues} slugLocked={Boolean(problem)} />
      ) : (
        <>
          <div className="actions">
            <button type="button" className="secondary" onClick={toggleYaml} aria-pressed={state.yaml !== null}>
              {state.yaml === null ? "Edit rubric.yaml as text" : "Back to the form"}
            </button>
          </div>
          {yamlError && (
            <p className="notice notice-error" role="alert">
              {yamlError}
            </p>
          )}
          {state.yaml === null ? (
            <RubricProblemForm form={state.rubric} onChange={(patch) => setState({ ...state, rubric: { ...state.rubric, ...patch } })} issues={issues} idLocked={Boolean(problem)} />
          ) : (
            <TextAreaField
              label="rubric.yaml"
              mono
              rows={30}
              value={state.yaml}
              onChange={(e) => setState({ ...state, yaml: e.target.value })}
              hint="The whole rubric, in the format of the files in rubrics/ (every field, red flags and diagram signals included)."
            />
          )}
        </>
      )}
      <div role="alert" className="form-alert">
        {failure && (
          <div key={attempt} className="notice notice-error">
            <p>
              <strong>Could not save.</strong> {failure.message}
            </p>
            {failure instanceof FileIssuesError && <FileIssueList issues={failure.issues} label="What is wrong" />}
          </div>
        )}
      </div>
      <div className="actions sticky-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? "Saving and validating…" : problem ? "Save a new version" : "Save"}
        </button>
        {saving && (
          <span role="status" className="hint-text">
            Checking the problem{kind === "coding" ? ": the judge runs the reference solution and the starter against the tests" : ""}…
          </span>
        )}
      </div>
    </form>
  );
}
