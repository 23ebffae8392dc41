/** For each day, the number of days until a strictly warmer reading, or 0 if none. */
export function daysUntilWarmer(readings: number[]): number[] {
  const wait = new Array<number>(readings.length).fill(0);
  // Days still waiting for a warmer reading; their readings never increase from bottom to top.
  const waiting: number[] = [];
  for (let today = 0; today < readings.length; today++) {
    const reading = readings[today]!;
    while (waiting.length > 0 && readings[waiting[waiting.length - 1]!]! < reading) {
      const day = waiting.pop()!;
      wait[day] = today - day;
    }
    waiting.push(today);
  }
  return wait;
}
