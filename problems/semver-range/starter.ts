/** Whether `version` satisfies the npm-style `range`. */
export function satisfies(version: string, range: string): boolean {
  // Placeholder: only exact matches.
  return version.trim() === range.trim();
}
