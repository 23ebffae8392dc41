/** Counts 4-directionally connected groups of '#' cells in the map. */
export function countIslands(grid: string[]): number {
  throw new Error("Not implemented");
}
