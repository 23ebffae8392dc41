// Rejects with undefined from an async function (and throws undefined in a sync one).
export async function add(a: number, b: number): Promise<number> {
  if (a + b > 0) throw undefined;
  return Promise.reject(undefined);
}
