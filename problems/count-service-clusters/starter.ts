/** The number of connected groups among services 0..n-1 linked by undirected `links`. */
export function countClusters(n: number, links: Array<[number, number]>): number {
  return n;
}
