// Spins forever in a synchronous loop on the first call.
export function add(a: number, b: number): number {
  while (true) {}
  return a + b;
}
