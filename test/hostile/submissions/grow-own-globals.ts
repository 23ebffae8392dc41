// Correct, and keeps its own globals (globalThis.memo, a patched copy of its own Math) the way ordinary code may: allowed, and seen by nobody else.
const g = globalThis as Record<string, unknown>;
g.memo = new Map<string, number>();
g.JSON = { stringify: () => "patched" };
export function add(a: number, b: number): number {
  const memo = g.memo as Map<string, number>;
  const key = `${a},${b}`;
  if (!memo.has(key)) memo.set(key, a + b);
  return memo.get(key)!;
}
