/**
 * Returns [i, j] with i < j and amounts[i] + amounts[j] === target (amounts is sorted),
 * choosing the smallest i, then the largest j; or null when no such pair exists.
 */
export function findCorrectionPair(amounts: number[], target: number): [number, number] | null {
  let i = 0;
  let j = amounts.length - 1;
  // Invariant: no entry outside [i, j] belongs to any matching pair.
  while (i < j) {
    const sum = amounts[i]! + amounts[j]!;
    if (sum === target) return [i, j];
    if (sum < target) i++; // amounts[i] + (anything <= amounts[j]) is too small
    else j--; // amounts[j] + (anything >= amounts[i]) is too large
  }
  return null;
}
