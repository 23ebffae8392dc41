import { describe, expect, it } from "@jest/globals";
import { firstBracketError } from "./solution";

const HALF = 500_000;

describe("firstBracketError on long snippets", () => {
  it("half a million nested brackets, balanced", () => {
    expect(firstBracketError("(".repeat(HALF) + ")".repeat(HALF))).toBe(-1);
  });

  it("100,000 nested brackets, one closing bracket short", () => {
    expect(firstBracketError("{".repeat(100_000) + "}".repeat(99_999))).toBe(0);
  });

  it("a mismatch at the very bottom of a deep nest", () => {
    expect(firstBracketError(`${"[".repeat(100_000)}${"]".repeat(99_999)})`)).toBe(199_999);
  });

  it("100,000 sibling pairs, then a stray closing bracket", () => {
    expect(firstBracketError(`${"()".repeat(100_000)}]`)).toBe(200_000);
  });

  it("a string of 300,000 brackets is just text", () => {
    expect(firstBracketError(`{"blob": "${"([{".repeat(100_000)}"}`)).toBe(-1);
  });
});
