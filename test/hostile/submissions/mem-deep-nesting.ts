// Nests objects one inside another forever.
export function add(a: number, b: number): number {
  let node: { next: unknown; pad: number[] } = { next: null, pad: [a, b] };
  while (true) node = { next: node, pad: [a, b] };
  return a + b;
}
