// Throws an Error whose message, name and stack getters throw (and whose toString throws too).
export function add(_a: number, _b: number): number {
  const e = new Error("placeholder");
  for (const key of ["message", "name", "stack", "toString"]) {
    Object.defineProperty(e, key, {
      get() {
        throw new Error(`${key} getter`);
      },
    });
  }
  throw e;
}
