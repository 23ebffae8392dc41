// Swaps Promise's constructor and Symbol.species, and returns a promise whose own constructor and then lie (always 7).
class FakePromise<T> extends Promise<T> {
  static override get [Symbol.species]() {
    return FakePromise;
  }
  override then<A, B>(onF?: ((v: T) => A | PromiseLike<A>) | null): Promise<A | B> {
    return super.then(() => onF?.(7 as T) as A);
  }
}
try {
  Object.defineProperty(Promise, Symbol.species, { get: () => FakePromise });
} catch {}
try {
  (Promise.prototype as unknown as { constructor: unknown }).constructor = FakePromise;
} catch {}
export function add(a: number, b: number): Promise<number> {
  const p = Promise.resolve(a + b + 1);
  try {
    Object.defineProperty(p, "constructor", { value: FakePromise });
    Object.defineProperty(p, "then", { value: FakePromise.prototype.then });
  } catch {}
  return p;
}
