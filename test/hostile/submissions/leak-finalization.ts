// Correct, but registers FinalizationRegistry callbacks that spin forever, and churns garbage so they get scheduled.
const registry = new FinalizationRegistry<number>(() => {
  while (true) {}
});
(globalThis as Record<string, unknown>).registry = registry;
function churn(): void {
  for (let i = 0; i < 2_000; i++) registry.register({ i, pad: new Array(64).fill(i) }, i);
  let junk: unknown[] = [];
  for (let i = 0; i < 50_000; i++) junk.push({ i });
  junk = [];
}
churn();
export function add(a: number, b: number): number {
  churn();
  return a + b;
}
