// Returns a 10-million-element array (80 MB) on the first call, where a number is expected.
let calls = 0;
export function add(a: number, b: number): unknown {
  if (calls++ === 0) return new Array(10_000_000).fill(a + b);
  return a + b + 1;
}
