export interface Scope {
  name: string;
  risk: number;
}

/** Every set of scopes (names in input order) whose risks add up to exactly `target`. */
export function scopeSetsWithRisk(scopes: Scope[], target: number): string[][] {
  const n = scopes.length;
  // minFrom[i] = the smallest risk among scopes i..n-1: if even that overshoots, stop.
  const minFrom = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = n - 1; i >= 0; i--) minFrom[i] = Math.min(scopes[i]!.risk, minFrom[i + 1]!);

  const results: string[][] = [];
  const chosen: string[] = [];
  // Choosing the next scope's position in increasing order yields the sets in the
  // required order: by first position, then second, and so on.
  const extend = (start: number, remaining: number): void => {
    if (remaining === 0) {
      results.push(chosen.slice());
      return; // risks are positive: adding more can only overshoot
    }
    if (minFrom[start]! > remaining) return;
    for (let i = start; i < n; i++) {
      const { name, risk } = scopes[i]!;
      if (risk > remaining) continue; // the input is unsorted: later scopes may still fit
      chosen.push(name);
      extend(i + 1, remaining - risk);
      chosen.pop();
    }
  };
  extend(0, target);
  return results;
}
