/** The index of target in a rotated strictly increasing array, or -1, in O(log n). */
export function findSequence(log: number[], target: number): number {
  return -1;
}
