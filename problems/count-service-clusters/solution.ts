/** The number of connected groups among services 0..n-1 linked by undirected `links`. */
export function countClusters(n: number, links: Array<[number, number]>): number {
  // Union-find over service ids, with path halving and union by size: near-O(1) per link.
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i; // every service starts as its own cluster
  const size = new Int32Array(n).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!; // path halving: point at the grandparent
      x = parent[x]!;
    }
    return x;
  };

  let clusters = n;
  for (const [a, b] of links) {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue; // self-link, duplicate, or already in the same cluster
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra; // attach the smaller tree under the larger
    size[ra]! += size[rb]!;
    clusters--;
  }
  return clusters;
}
