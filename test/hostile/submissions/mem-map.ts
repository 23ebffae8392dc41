// Grows a Map forever.
export function add(a: number, b: number): number {
  const m = new Map<number, string>();
  for (let i = 0; ; i++) m.set(i, `value ${i}`);
  return a + b + m.size;
}
