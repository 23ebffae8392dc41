/**
 * The first version v in 1..n with isBad(v) true (isBad is monotonic), or -1 if none.
 * Calls isBad at most ceil(log2(n + 1)) times, only with integers in 1..n.
 */
export function firstBadDeploy(n: number, isBad: (version: number) => boolean): number {
  // The answer is in [lo, hi]; hi = n + 1 stands for "no bad version" and is never checked.
  let lo = 1;
  let hi = n + 1;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2); // no 32-bit overflow: n may exceed 2^31
    if (isBad(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo === n + 1 ? -1 : lo;
}
