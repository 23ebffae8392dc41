// Tries dynamic import("fs") twice: as written (transpiled) and hidden from the compiler in eval.
export async function add(a: number, b: number): Promise<number> {
  try {
    const fs = (await import("fs")) as { readFileSync?: unknown };
    if (typeof fs.readFileSync === "function") return a + b;
  } catch {}
  try {
    const fs = (await (0, eval)('import("node:fs")')) as { readFileSync?: unknown };
    if (typeof fs.readFileSync === "function") return a + b;
  } catch {}
  return a + b + 1;
}
