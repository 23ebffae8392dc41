import { describe, expect, it } from "@jest/globals";
import { firstBadDeploy } from "./solution";

describe("firstBadDeploy (samples)", () => {
  it("finds release 4 among 5", () => {
    expect(firstBadDeploy(5, (v) => v >= 4)).toBe(4);
  });

  it("a single release that is bad", () => {
    expect(firstBadDeploy(1, () => true)).toBe(1);
  });

  it("returns -1 when no release is bad", () => {
    expect(firstBadDeploy(3, () => false)).toBe(-1);
  });
});
