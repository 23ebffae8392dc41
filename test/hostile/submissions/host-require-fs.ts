// Calls require("fs") and reads a host file; answers correctly only if that worked.
declare const require: (name: string) => { readFileSync(path: string, enc: string): string };
export function add(a: number, b: number): number {
  try {
    const fs = require("fs");
    if (fs.readFileSync("/etc/hostname", "utf8").length > 0) return a + b;
  } catch {}
  return a + b + 1;
}
