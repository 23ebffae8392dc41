// Correct, but hangs state off the isolate-wide symbol registry and well-known symbols.
const key = Symbol.for("rehearse.leak");
try {
  Object.defineProperty(Symbol, "leak", { value: 1 });
} catch {}
try {
  (key as unknown as Record<string, unknown>).leak = 1;
} catch {}
(globalThis as Record<symbol, unknown>)[key] = 1;
export const add = (a: number, b: number) => a + b;
