// Returns an object nested 200,000 levels deep (recursion bait for the copy and the comparison).
export function add(a: number, b: number): unknown {
  let node: unknown = a + b;
  for (let i = 0; i < 200_000; i++) node = { node };
  return node;
}
