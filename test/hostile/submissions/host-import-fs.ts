// Imports node:fs statically: the module must fail to load, never hand over the host's fs.
import { readFileSync } from "node:fs";
export function add(a: number, b: number): number {
  return readFileSync("/etc/hostname", "utf8").length > 0 ? a + b : a + b + 1;
}
