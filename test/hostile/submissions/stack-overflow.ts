// Recurses without a base case until the stack overflows.
function depth(n: number): number {
  return depth(n + 1) + 1;
}
export function add(a: number, b: number): number {
  return depth(a) + b;
}
