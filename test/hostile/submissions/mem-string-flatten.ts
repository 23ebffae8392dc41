// Concatenates strings in a loop and forces each to be flattened (charCodeAt on a cons string).
export function add(a: number, b: number): number {
  const kept: string[] = [];
  let s = "ab";
  while (true) {
    s = s + s + String(kept.length);
    s.charCodeAt(s.length >> 1);
    kept.push(s);
  }
  return a + b;
}
