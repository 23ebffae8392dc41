/**
 * Groups ticket codes that are rearrangements of each other (same letters, same counts).
 * Groups, and codes inside a group, may be in any order.
 */
export function groupTicketCodes(codes: string[]): string[][] {
  // Canonical key: the code's letters in sorted order. Anagrams, and only anagrams, share it.
  // (`[...code].sort().join("")` is the same key; sorting char codes in a typed array is faster.)
  const groups = new Map<string, string[]>();
  const letters = new Uint16Array(64);
  for (const code of codes) {
    for (let i = 0; i < code.length; i++) letters[i] = code.charCodeAt(i);
    const key = String.fromCharCode(...letters.subarray(0, code.length).sort());
    const group = groups.get(key);
    if (group) group.push(code);
    else groups.set(key, [code]);
  }
  return [...groups.values()];
}
