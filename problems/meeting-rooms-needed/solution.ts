/** The minimum number of rooms so that no two overlapping interviews share one. */
export function minRooms(interviews: Array<[number, number]>): number {
  const n = interviews.length;
  // Typed arrays sort numerically (a plain array's default sort compares strings).
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) [starts[i], ends[i]] = interviews[i]!;
  starts.sort();
  ends.sort();

  let inUse = 0;
  let most = 0;
  let e = 0;
  for (const start of starts) {
    // Interviews that ended at or before this start have freed their rooms ([start, end)).
    while (ends[e]! <= start) {
      e++;
      inUse--;
    }
    inUse++;
    if (inUse > most) most = inUse;
  }
  return most;
}
