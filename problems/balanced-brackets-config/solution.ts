const OPENING_FOR: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/**
 * Returns -1 when every bracket outside double-quoted strings is matched, otherwise the
 * index of the first problem (see the statement).
 */
export function firstBracketError(text: string): number {
  const open: number[] = []; // indices of the brackets still open, most recent last
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === "\\") i++; // skip the escaped character, whatever it is
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "(" || ch === "[" || ch === "{") open.push(i);
    else if (ch === ")" || ch === "]" || ch === "}") {
      const top = open.pop();
      if (top === undefined || text[top] !== OPENING_FOR[ch]) return i;
    }
  }
  // Still open at the end: the earliest one is at the bottom of the stack.
  return open.length > 0 ? open[0]! : -1;
}
