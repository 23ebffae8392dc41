import { describe, expect, it } from "vitest";
import { judgeMemoryWarning } from "./capacity.ts";

describe("judgeMemoryWarning", () => {
  it("says nothing when the workers' ceilings fit in nine tenths of the machine", () => {
    expect(judgeMemoryWarning(8, 768, 8192)).toBeNull();
    expect(judgeMemoryWarning(2, 768, 24_576)).toBeNull();
  });

  it("names the total, the machine and a worker count that fits when they do not", () => {
    const warning = judgeMemoryWarning(16, 768, 8192);
    expect(warning).toMatch(/12288 MB \(16 workers x 768 MB\) on a machine with 8192 MB/);
    expect(warning).toMatch(/JUDGE_WORKERS=9 /);
  });

  it("never suggests fewer than one worker", () => {
    expect(judgeMemoryWarning(2, 4096, 1024)).toMatch(/JUDGE_WORKERS=1 /);
  });
});
