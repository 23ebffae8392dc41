const LAND = "#";

/** Counts 4-directionally connected groups of '#' cells in the map. */
export function countIslands(grid: string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (rows === 0 || cols === 0) return 0;

  // A cell is encoded as r * cols + c. Cells are marked when pushed, so each is pushed
  // at most once and the explicit stack never outgrows the map (no recursion depth limit).
  const visited = new Uint8Array(rows * cols);
  const stack = new Int32Array(rows * cols);
  let top = 0;
  const push = (r: number, c: number): void => {
    const cell = r * cols + c;
    if (visited[cell] === 0 && grid[r]![c] === LAND) {
      visited[cell] = 1;
      stack[top++] = cell;
    }
  };

  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (visited[r * cols + c] === 1 || grid[r]![c] !== LAND) continue;
      islands++;
      push(r, c);
      while (top > 0) {
        const cell = stack[--top]!;
        const cr = Math.floor(cell / cols);
        const cc = cell - cr * cols;
        if (cr > 0) push(cr - 1, cc);
        if (cr < rows - 1) push(cr + 1, cc);
        if (cc > 0) push(cr, cc - 1);
        if (cc < cols - 1) push(cr, cc + 1);
      }
    }
  }
  return islands;
}
