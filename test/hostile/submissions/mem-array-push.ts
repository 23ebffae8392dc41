// Pushes objects into an array forever.
export function add(a: number, b: number): number {
  const xs: object[] = [];
  while (true) xs.push({ a, b });
}
