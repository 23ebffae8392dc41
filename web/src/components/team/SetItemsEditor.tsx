import { useState } from "react";
import { api } from "../../lib/api.ts";
import { teamApi } from "../../lib/team-api.ts";
import type { FormIssue } from "../../lib/team-coding.ts";
import { addItem, catalogGroups, itemKey, kindLabel, moveItem, type SetItemRow, totalPoints } from "../../lib/team-set.ts";
import { useLoad } from "../../lib/useLoad.ts";
import { ErrorNotice, Loading } from "../StatusMessage.tsx";
import { fieldId } from "./Fields.tsx";
import { errorIdFor } from "./FormIssues.tsx";
import { focusMoved } from "./focus.ts";

const sourceLabel = (source: string) => (source === "team" ? "Team" : "Bank");

/** The set's problems in order, with points; more are picked from the team's published problems and the public bank. */
export function SetItemsEditor({ teamId, items, issues, onChange }: { teamId: string; items: SetItemRow[]; issues: readonly FormIssue[]; onChange: (items: SetItemRow[]) => void }) {
  const catalog = useLoad(`set-catalog:${teamId}`, () => Promise.all([teamApi.listProblems(teamId), api.listProblems(), api.listRubrics()]));
  const [filter, setFilter] = useState("");
  const [picked, setPicked] = useState("");
  const [announce, setAnnounce] = useState("");

  function move(index: number, by: number) {
    const next = moveItem(items, index, by);
    const to = Math.max(0, Math.min(items.length - 1, index + by));
    onChange(next);
    setAnnounce(`Moved ${items[index]?.title} to position ${to + 1} of ${items.length}.`);
    focusMoved("set-item", to, by);
  }
  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index));
    setAnnounce(`Removed ${items[index]?.title}.`);
    requestAnimationFrame(() => document.getElementById("set-item-picker")?.focus());
  }

  const groups = catalog.state === "ready" ? catalogGroups(catalog.data[0], catalog.data[1], catalog.data[2], items, filter) : [];
  const entries = groups.flatMap((g) => g.entries);
  function add() {
    const entry = entries.find((e) => itemKey(e) === picked) ?? entries[0];
    if (!entry) return;
    onChange(addItem(items, entry));
    setPicked("");
    setAnnounce(`Added ${entry.title} at position ${items.length + 1}.`);
  }

  return (
    <fieldset className="form-section set-items" id={fieldId("items")} tabIndex={-1} aria-describedby={errorIdFor(issues, "items")}>
      <legend>Problems, in order</legend>
      {items.length === 0 ? (
        <p className="muted">No problems yet: pick some below.</p>
      ) : (
        <ol className="set-item-list">
          {items.map((item, i) => {
            const pointsError = errorIdFor(issues, `items.${i}.points`);
            return (
              <li key={itemKey(item)} className="set-item">
                <span className="set-item-title">
                  {item.title} <span className="tag">{kindLabel(item.kind)}</span> <span className="muted">{sourceLabel(item.source)}</span>
                </span>
                <label className="points-field">
                  Points
                  <input
                    id={fieldId(`items.${i}.points`)}
                    inputMode="numeric"
                    size={5}
                    value={item.points}
                    aria-label={`Points for ${item.title}`}
                    aria-invalid={pointsError ? true : undefined}
                    aria-describedby={pointsError}
                    onChange={(e) => onChange(items.map((row, j) => (j === i ? { ...row, points: e.target.value } : row)))}
                  />
                </label>
                <span className="set-item-actions">
                  <button type="button" id={`set-item-${i}-up`} className="secondary" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${item.title} up`}>
                    ↑
                  </button>
                  <button type="button" id={`set-item-${i}-down`} className="secondary" onClick={() => move(i, 1)} disabled={i === items.length - 1} aria-label={`Move ${item.title} down`}>
                    ↓
                  </button>
                  <button type="button" className="secondary" onClick={() => remove(i)} aria-label={`Remove ${item.title}`}>
                    Remove
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="hint-text">
        {items.length} {items.length === 1 ? "problem" : "problems"}, {totalPoints(items)} points in all.
      </p>
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      <div className="add-item">
        {catalog.state === "loading" && <Loading what="the problems to choose from" />}
        {catalog.state === "failed" && <ErrorNotice title="Could not load the problems to choose from." error={catalog.error} />}
        {catalog.state === "ready" && (
          <>
            <div className="field">
              <label htmlFor="set-item-filter">Find a problem</label>
              <input id="set-item-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} aria-describedby="set-item-filter-hint" />
              <p id="set-item-filter-hint" className="field-hint">
                Filters the list by title, slug or kind. Only published team problems can be added.
              </p>
            </div>
            <div className="field">
              <label htmlFor="set-item-picker">Problem to add</label>
              <select id="set-item-picker" value={picked} onChange={(e) => setPicked(e.target.value)} disabled={entries.length === 0}>
                {entries.length === 0 && <option value="">Nothing matches</option>}
                {groups.map((g) => (
                  <optgroup key={g.label} label={g.label}>
                    {g.entries.map((e) => (
                      <option key={itemKey(e)} value={itemKey(e)}>
                        {e.title}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <button type="button" onClick={add} disabled={entries.length === 0}>
              Add to the set
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}
