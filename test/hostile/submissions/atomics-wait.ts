// Blocks on Atomics.wait (on a shared buffer if it can find one) to hang the sandbox thread.
export function add(a: number, b: number): number {
  const SAB = (globalThis as Record<string, unknown>).SharedArrayBuffer as (new (n: number) => ArrayBuffer) | undefined;
  const buffer = SAB ? new SAB(16) : new ArrayBuffer(16);
  (Atomics as unknown as { wait(a: Int32Array, i: number, v: number): string }).wait(new Int32Array(buffer), 0, 0);
  return a + b;
}
