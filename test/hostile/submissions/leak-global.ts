// Correct, but leaves globals behind for the next submission (globalThis.leak, a var, a property on console).
(globalThis as Record<string, unknown>).leak = 1;
Object.defineProperty(globalThis, "leakHidden", { value: { secret: 42 }, enumerable: false });
try {
  (console as unknown as Record<string, unknown>).leak = 1;
} catch {}
export const add = (a: number, b: number) => a + b;
