export interface Scope {
  name: string;
  risk: number;
}

/** Every set of scopes (names in input order) whose risks add up to exactly `target`. */
export function scopeSetsWithRisk(scopes: Scope[], target: number): string[][] {
  return [];
}
