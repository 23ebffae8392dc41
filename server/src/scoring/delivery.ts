import { FILLERS } from "./lexicon.ts";
import type { Text } from "./text.ts";

/** Speaking pace of an interview answer, in words per minute. */
export const SPEAKING_WPM = { slow: 130, fast: 150 } as const;

export interface Delivery {
  words: number;
  /** How long it takes to say, from the slow to the fast pace. */
  speakingSeconds: { min: number; max: number };
  fillers: { filler: string; count: number }[];
  /** Filler words per 100 words. */
  fillerRate: number;
}

// Before "kind of" / "sort of", these make it a real noun phrase ("what kind of database").
const DETERMINERS = new Set(["what", "which", "this", "that", "a", "the", "any", "some", "every", "each", "same", "other", "another", "no", "these", "those", "one", "right", "wrong"]);

/** Length, speaking time and filler words of an answer meant to be said aloud. */
export function analyzeDelivery(t: Text): Delivery {
  const words = t.tokens.length;
  const counts = new Map<string, number>();
  const tokens = t.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const sameClause = next !== undefined && !next.clauseStart;
    for (const filler of FILLERS) {
      const [first, second] = filler.split(" ");
      if (token.lower !== first) continue;
      if (second !== undefined && !(sameClause && next.lower === second)) continue;
      if (second === "of" && DETERMINERS.has(tokens[i - 1]?.lower ?? "")) continue;
      // "like" is a filler where a comma follows it ("it was like, slow"), not in "tools like Redis".
      if (filler === "like" && !next?.clauseStart) continue;
      if (filler === "i mean" && !token.clauseStart) continue;
      counts.set(filler, (counts.get(filler) ?? 0) + 1);
    }
  }
  const fillers = [...counts].map(([filler, count]) => ({ filler, count })).sort((a, b) => b.count - a.count || a.filler.localeCompare(b.filler));
  const total = fillers.reduce((sum, f) => sum + f.count, 0);
  return {
    words,
    speakingSeconds: { min: Math.round((words / SPEAKING_WPM.fast) * 60), max: Math.round((words / SPEAKING_WPM.slow) * 60) },
    fillers,
    fillerRate: words === 0 ? 0 : Math.round((total / words) * 1000) / 10,
  };
}
