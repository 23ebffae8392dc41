// Loops forever in an async function, yielding with `await null` on every turn.
export async function add(a: number, b: number): Promise<number> {
  let n = 0;
  while (true) {
    await null;
    n++;
  }
  return a + b + n;
}
