// Throws a Symbol, which cannot be converted to a string implicitly.
export function add(_a: number, _b: number): number {
  throw Symbol("not an error");
}
