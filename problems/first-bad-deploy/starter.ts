/**
 * The first version v in 1..n with isBad(v) true (isBad is monotonic), or -1 if none.
 * Calls isBad at most ceil(log2(n + 1)) + 1 times, only with integers in 1..n.
 */
export function firstBadDeploy(n: number, isBad: (version: number) => boolean): number {
  return -1;
}
