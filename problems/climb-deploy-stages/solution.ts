export const MOD = 1_000_000_007;

/**
 * The number of promotion sequences from stage 0 to exactly stage n, each promotion one
 * of `jumps`, never stopping on a `frozen` stage; modulo 1_000_000_007.
 */
export function countRolloutPaths(n: number, jumps: number[], frozen: number[]): number {
  const sizes = [...new Set(jumps)]; // a duplicated jump size is still one way to move
  const isFrozen = new Uint8Array(n + 1);
  for (const stage of frozen) if (stage <= n) isFrozen[stage] = 1;

  // ways[s] = number of sequences that end exactly at stage s (mod MOD).
  // Every value is below MOD < 2^31, so sums of up to 10 of them stay exact in a double.
  const ways = new Int32Array(n + 1);
  ways[0] = 1;
  for (let stage = 1; stage <= n; stage++) {
    if (isFrozen[stage]) continue; // nobody may stop here: ways stays 0
    let total = 0;
    for (const jump of sizes) if (jump <= stage) total += ways[stage - jump]!;
    ways[stage] = total % MOD;
  }
  return ways[n]!;
}
