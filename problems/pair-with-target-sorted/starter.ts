/**
 * Returns [i, j] with i < j and amounts[i] + amounts[j] === target (amounts is sorted),
 * choosing the smallest i, then the largest j; or null when no such pair exists.
 */
export function findCorrectionPair(amounts: number[], target: number): [number, number] | null {
  return null;
}
