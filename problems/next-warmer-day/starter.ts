/** For each day, the number of days until a strictly warmer reading, or 0 if none. */
export function daysUntilWarmer(readings: number[]): number[] {
  return [];
}
