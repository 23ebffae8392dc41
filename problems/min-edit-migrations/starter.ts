/** The fewest inserts, removals and replacements of steps that turn `current` into `target`. */
export function minPlanEdits(current: string[], target: string[]): number {
  return Math.abs(current.length - target.length);
}
