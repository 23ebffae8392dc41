// Plants toBe/toEqual/toStrictEqual on Object.prototype, hoping matchers are looked up through it.
for (const name of ["toBe", "toEqual", "toStrictEqual", "not"]) {
  try {
    Object.defineProperty(Object.prototype, name, { value: () => undefined, configurable: true });
  } catch {}
  try {
    (Object.prototype as Record<string, unknown>)[name] = () => undefined;
  } catch {}
}
export const add = (a: number, b: number) => a + b + 1;
