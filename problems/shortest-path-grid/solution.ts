const FREE = ".";
const STEPS: ReadonlyArray<readonly [number, number]> = [[-1, 0], [1, 0], [0, -1], [0, 1]];

/**
 * The minimum number of moves (up, down, left, right; never onto '#') from start to goal,
 * both [row, column]; -1 if unreachable or if either cell is a shelf.
 */
export function shortestRoute(floor: string[], start: [number, number], goal: [number, number]): number {
  const rows = floor.length;
  const cols = rows === 0 ? 0 : floor[0]!.length;
  const [sr, sc] = start;
  const [gr, gc] = goal;
  if (floor[sr]?.[sc] !== FREE || floor[gr]?.[gc] !== FREE) return -1;

  // Breadth-first search over cells encoded as r * cols + c. `dist` doubles as the visited
  // mark (-1 = not reached yet), set when a cell is queued, so each cell is queued at most
  // once and a preallocated array with head/tail indices is enough for the queue.
  const dist = new Int32Array(rows * cols).fill(-1);
  const queue = new Int32Array(rows * cols);
  const target = gr * cols + gc;
  let head = 0;
  let tail = 0;
  dist[sr * cols + sc] = 0;
  queue[tail++] = sr * cols + sc;
  while (head < tail) {
    const cell = queue[head++]!;
    if (cell === target) return dist[cell]!;
    const r = Math.floor(cell / cols);
    const c = cell - r * cols;
    for (const [dr, dc] of STEPS) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      const next = nr * cols + nc;
      if (dist[next] === -1 && floor[nr]![nc] === FREE) {
        dist[next] = dist[cell]! + 1;
        queue[tail++] = next;
      }
    }
  }
  return -1;
}
