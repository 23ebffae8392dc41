// Chains microtasks forever (Promise.resolve().then(loop)): the microtask queue never drains.
function loop(): Promise<void> {
  return Promise.resolve().then(loop);
}
export async function add(a: number, b: number): Promise<number> {
  await loop();
  return a + b;
}
