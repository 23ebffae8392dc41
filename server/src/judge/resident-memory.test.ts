import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { residentMemoryMb } from "./resident-memory.ts";

describe("residentMemoryMb", () => {
  it("reads a live process's resident memory, and grows with what it touches", () => {
    const before = residentMemoryMb(process.pid)!;
    expect(before).toBeGreaterThan(10);
    const touched = Buffer.alloc(64 << 20, 1);
    expect(residentMemoryMb(process.pid)!).toBeGreaterThan(before + 48);
    expect(touched.length).toBe(64 << 20);
  });

  it("answers undefined for a process that has exited, or no process at all", () => {
    const { pid } = spawnSync(process.execPath, ["-e", ""]);
    expect(residentMemoryMb(pid)).toBeUndefined();
    expect(residentMemoryMb(undefined)).toBeUndefined();
  });
});
