export const MOD = 1_000_000_007;

/**
 * The number of promotion sequences from stage 0 to exactly stage n, each promotion one
 * of `jumps`, never stopping on a `frozen` stage; modulo 1_000_000_007.
 */
export function countRolloutPaths(n: number, jumps: number[], frozen: number[]): number {
  return 0;
}
