import { stringify } from "yaml";
import type { ItemSource } from "../../db/schema/index.ts";
import { ValidationError } from "../../lib/errors.ts";
import { formatIssue, isIssue, parseSource, parseYamlSource } from "../../problems/file-issues.ts";
import { type SetInput, setInputSchema } from "../../services/sets/schema.ts";
import { SET_FILE } from "./layout.ts";

/**
 * `set.yaml`: an interview loop as a file, beside the problems it uses. Items name team
 * problems by slug (ids differ between teams) and bank problems by slug or rubric id:
 *
 *   title: Backend lead loop
 *   instructions: Two hours, in order.
 *   timeLimitMinutes: 120
 *   resultsVisibleToCandidate: false
 *   items:
 *     - { source: team, ref: rate-limiter, points: 40 }
 *     - { source: bank, ref: design-url-shortener, points: 60 }
 */
export type SetFile = SetInput;

/**
 * Parses and validates a set file with the same schema as the sets API. Throws a
 * ValidationError whose `details.errors` give each issue's line.
 */
export function parseSetFile(text: string, file = SET_FILE): SetFile {
  const source = parseYamlSource(text, file);
  if (isIssue(source)) throw new ValidationError(formatIssue(source), { errors: [source] });
  const parsed = parseSource(setInputSchema, source, file);
  if ("data" in parsed) return parsed.data;
  throw new ValidationError(`${file}: invalid set:\n  ${parsed.paths.join("\n  ")}`, { errors: parsed.issues });
}

export interface SetFileItem {
  source: ItemSource;
  /** A team problem's slug, or a bank problem's slug or rubric id. */
  ref: string;
  points: number;
}

export function renderSetFile(set: Omit<SetFile, "items">, items: readonly SetFileItem[]): string {
  return stringify({
    title: set.title,
    instructions: set.instructions,
    timeLimitMinutes: set.timeLimitMinutes,
    resultsVisibleToCandidate: set.resultsVisibleToCandidate,
    items: items.map(({ source, ref, points }) => ({ source, ref, points })),
  });
}
