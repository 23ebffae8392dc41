/** The fewest inserts, removals and replacements of steps that turn `current` into `target`. */
export function minPlanEdits(current: string[], target: string[]): number {
  const m = target.length;
  // prev[j] = edits turning current[0..i-1) into target[0..j); only two rows are needed.
  let prev = new Int32Array(m + 1);
  let row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j; // from nothing: j inserts

  for (let i = 1; i <= current.length; i++) {
    row[0] = i; // to nothing: i removals
    const step = current[i - 1];
    for (let j = 1; j <= m; j++) {
      if (step === target[j - 1]) {
        row[j] = prev[j - 1]!; // keep the step as it is
      } else {
        // replace, remove current[i-1], or insert target[j-1]
        row[j] = 1 + Math.min(prev[j - 1]!, prev[j]!, row[j - 1]!);
      }
    }
    [prev, row] = [row, prev];
  }
  return prev[m]!;
}
