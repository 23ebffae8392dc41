// Correct, but leaves timers, an interval and a microtask chain pending that would misbehave later.
setInterval(() => {
  (globalThis as Record<string, unknown>).leak = 1;
}, 1);
setTimeout(() => {
  while (true) {}
}, 60_000);
Promise.resolve().then(function again(): Promise<void> {
  (globalThis as Record<string, unknown>).leak = 1;
  return new Promise(() => {});
});
export const add = (a: number, b: number) => a + b;
