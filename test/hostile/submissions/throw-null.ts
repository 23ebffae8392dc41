// Throws null.
export function add(_a: number, _b: number): number {
  throw null;
}
