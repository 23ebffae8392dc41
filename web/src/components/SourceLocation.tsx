import type { TestResult } from "../lib/api.ts";
import { SOLUTION_FILE } from "../lib/judge-markers.ts";

export type Location = NonNullable<TestResult["location"]>;

/** A place in the code: in the candidate's own code, a button that puts the editor's cursor there. */
export function SourceLocation({ location, onGoTo }: { location: Location; onGoTo: (line: number, column: number) => void }) {
  const where = `line ${location.line}, column ${location.column}`;
  if (location.file !== SOLUTION_FILE) return <span>{`At ${location.file}, ${where}`}</span>;
  return (
    <button type="button" className="link-button" onClick={() => onGoTo(location.line, location.column)}>
      {`Go to ${where} of your code`}
    </button>
  );
}
