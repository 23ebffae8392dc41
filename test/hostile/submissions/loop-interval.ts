// Keeps a setInterval firing forever, each tick awaiting a promise, and never resolves.
export function add(a: number, b: number): Promise<number> {
  return new Promise(() => {
    setInterval(async () => {
      await Promise.resolve(a + b);
    }, 1);
  });
}
