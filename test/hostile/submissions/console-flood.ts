// Logs in a loop forever.
export function add(a: number, b: number): number {
  for (let i = 0; ; i++) console.log(`line ${i}: ${"spam ".repeat(20)}`);
  return a + b;
}
