// Swaps the global object's prototype for a Proxy and deletes/overwrites global bindings the harness uses.
try {
  Object.setPrototypeOf(
    globalThis,
    new Proxy(Object.getPrototypeOf(globalThis) as object, { get: () => () => true, has: () => true }),
  );
} catch {}
for (const name of ["Object", "Array", "Promise", "Reflect", "Error", "Map", "WeakMap", "String", "Symbol"]) {
  try {
    delete (globalThis as Record<string, unknown>)[name];
  } catch {}
  try {
    (globalThis as Record<string, unknown>)[name] = undefined;
  } catch {}
}
export const add = (a: number, b: number) => a + b + 1;
