// Asks for an 8 GB Float64Array in one go.
export function add(a: number, b: number): number {
  const big = new Float64Array(1e9);
  return a + b + big.length;
}
