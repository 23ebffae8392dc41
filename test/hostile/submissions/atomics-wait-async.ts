// Awaits Atomics.waitAsync, which would park the test on a promise only another thread can settle.
export async function add(a: number, b: number): Promise<number> {
  const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { value: Promise<string> } }).waitAsync;
  await waitAsync(new Int32Array(new ArrayBuffer(16)), 0, 0).value;
  return a + b;
}
