import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../server/src/cli/main.ts";

/** `rehearse problems check` on the shipped bank: every reference Accepted, no starter Accepted, every rubric valid. */
describe("the shipped bank", () => {
  it("passes rehearse problems check", async () => {
    const out: string[] = [];
    const root = join(import.meta.dirname, "../..");
    const code = await main(["problems", "check", join(root, "problems"), "--rubrics", join(root, "rubrics")], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
    });
    expect(out.join("\n").split("\n").filter((l) => l.startsWith("✗")), out.join("\n")).toEqual([]);
    expect(code).toBe(0);
  }, 180_000);
});
