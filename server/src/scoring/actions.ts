import type { Text } from "./text.ts";

/** Something the speaker says they did: "I apologised", "we rolled it back". */
export interface FirstPersonAction {
  subject: "i" | "we";
  /** Token index of the verb. */
  verb: number;
  sentence: number;
}

const SUBJECTS: Record<string, FirstPersonAction["subject"]> = { i: "i", "i've": "i", we: "we", "we've": "we" };
// After the subject, these say what was thought, wanted or planned, or was done to us, not an action taken.
const NOT_ACTIONS = new Set(
  `am was were is are be been being think thought feel felt guess mean believe knew know have wanted want needed need hope hoped
   wish wished like liked love loved would could should might may must will shall can can't won't cannot
   didn't don't doesn't never not wasn't weren't haven't hadn't wouldn't couldn't shouldn't also`.split(/\s+/),
);
// Words between the subject and its verb that do not change what was done: "I then quickly rewrote".
const BETWEEN = new Set(["then", "also", "first", "finally", "immediately", "quickly", "just", "personally", "myself", "ourselves", "both", "all", "eventually", "actually"]);
const PAST_IRREGULAR = /^(?:wrote|met|set|built|ran|led|took|made|gave|brought|began|chose|drove|found|got|held|kept|sent|spoke|spent|told|sat|put|split|cut|paid|went|shut|dug|drew|sought|taught|did|done)$/;

/**
 * First-person actions of any verb: "I" or "we", then (past an adverb or two) a word that is
 * not a state, a wish, a modal or a negation. "I had to" and "I would have" are not actions
 * taken; "I had rolled it back" and "I had a one-on-one with her" are.
 */
export function findActions(t: Text): FirstPersonAction[] {
  const found: FirstPersonAction[] = [];
  const { tokens } = t;
  for (let k = 0; k < tokens.length; k++) {
    const subject = SUBJECTS[tokens[k]!.lower];
    if (subject === undefined) continue;
    let v = k + 1;
    while (v < tokens.length && v - k <= 3 && (BETWEEN.has(tokens[v]!.lower) || /ly$/.test(tokens[v]!.lower)) && !tokens[v]!.clauseStart) v++;
    const verb = tokens[v];
    if (!verb || verb.sentence !== tokens[k]!.sentence || (verb.clauseStart && v > k + 1)) continue;
    if (verb.lower === "had" || verb.lower === "did") {
      // "I had changed", "I had a talk with her", "I did pair with him"; not "I had to", "I did not".
      const next = tokens[v + 1];
      const ok = next && next.sentence === verb.sentence && (/ed$/.test(next.lower) || PAST_IRREGULAR.test(next.lower) || next.lower === "a" || next.lower === "an" || (verb.lower === "did" && !NOT_ACTIONS.has(next.lower)));
      if (ok) found.push({ subject, verb: v, sentence: verb.sentence });
      continue;
    }
    if (NOT_ACTIONS.has(verb.lower) || /^\d/.test(verb.lower)) continue;
    found.push({ subject, verb: v, sentence: verb.sentence });
  }
  return found;
}
