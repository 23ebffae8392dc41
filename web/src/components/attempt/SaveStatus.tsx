import type { AutosaveStatus } from "../../lib/attempt-autosave.ts";

const clockTime = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** A server time (ms) as this browser's wall clock reads it, "14:03:07". */
export function localClockTime(serverMs: number, offsetMs: number): string {
  return clockTime.format(new Date(serverMs - offsetMs));
}

function text(status: AutosaveStatus, offsetMs: number): string {
  switch (status.state) {
    case "idle":
      return "No changes yet";
    case "pending":
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved ${localClockTime(status.at, offsetMs)}`;
    case "offline":
      return "Offline — will retry (kept in this browser meanwhile)";
    case "failed":
      return `Not saved: ${status.message} (kept in this browser)`;
    case "closed":
      return "The attempt has closed: changes are no longer saved";
  }
}

/** How autosaving goes, kept short; polite, so typing is not interrupted by it. */
export function SaveStatus({ status, offsetMs }: { status: AutosaveStatus; offsetMs: number }) {
  const trouble = status.state === "offline" || status.state === "failed" || status.state === "closed";
  return (
    <span className={`save-status${trouble ? " save-status-trouble" : ""}`} role="status" data-testid="save-status" data-state={status.state}>
      {text(status, offsetMs)}
    </span>
  );
}
