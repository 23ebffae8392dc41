// Catches its own stack overflow and recurses again from every frame: exponential work.
function f(): void {
  try {
    f();
  } catch {
    f();
  }
}
export function add(a: number, b: number): number {
  f();
  return a + b;
}
