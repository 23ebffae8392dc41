import { describe, expect, it } from "vitest";
import { classifyDiff } from "./diff.ts";

describe("classifyDiff", () => {
  it("marks expected-only, received-only and shared lines, legend included", () => {
    const diff = "- Expected  - 1\n+ Received  + 1\n\n  [\n-   3,\n+   2,\n    4,\n  ]";
    expect(classifyDiff(diff)).toEqual([
      { kind: "expected", text: "- Expected  - 1" },
      { kind: "received", text: "+ Received  + 1" },
      { kind: "same", text: "" },
      { kind: "same", text: "  [" },
      { kind: "expected", text: "-   3," },
      { kind: "received", text: "+   2," },
      { kind: "same", text: "    4," },
      { kind: "same", text: "  ]" },
    ]);
  });

  it("keeps a value that merely contains a sign, indented, as shared", () => {
    expect(classifyDiff('    "-1",\n    "+x"').map((l) => l.kind)).toEqual(["same", "same"]);
  });
});
