// Digs through error stacks: Error.captureStackTrace, the stack string, and stack of a thrown host error.
export function add(a: number, b: number): number {
  const leaks: string[] = [];
  try {
    const holder: { stack?: string } = {};
    (Error as unknown as { captureStackTrace(o: object): void }).captureStackTrace(holder);
    leaks.push(holder.stack ?? "");
    try {
      JSON.parse("{");
    } catch (e) {
      leaks.push((e as Error).stack ?? "");
    }
    try {
      // A failing host callback: setTimeout with a non-function throws from harness code.
      setTimeout(42 as unknown as () => void);
    } catch (e) {
      leaks.push((e as Error).stack ?? "");
    }
  } catch {}
  const text = leaks.join("\n");
  // A host path or node internals in any stack would be a leak.
  return /node:internal|\/work\/|node_modules|isolated-vm/.test(text) ? a + b : a + b + 1;
}
