import { describe, expect, it } from "@jest/globals";
import { buildOrder } from "./solution";

const N = 50_000;
const names = Array.from({ length: N }, (_, i) => `pkg-${i}`);

/** "same", or where two long lists first differ (a cheap toEqual with a short message). */
function compareLists(got: string[] | null, want: string[]): string {
  if (got === null) return "got null";
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (got[i] !== want[i]) return `position ${i}: got ${got[i]}, expected ${want[i]}`;
  }
  return "same";
}

describe("buildOrder on 50,000 packages", () => {
  it("a chain listed backwards: each package depends on the next one", () => {
    const deps = names.slice(0, -1).map((name, i): [string, string] => [name, names[i + 1]!]);
    expect(compareLists(buildOrder(names, deps), names.slice().reverse())).toBe("same");
  });

  it("no dependencies: the listed order, without modifying the inputs", () => {
    const packages = names.slice(0, 10_000);
    const deps: Array<[string, string]> = [];
    expect(compareLists(buildOrder(packages, deps), names.slice(0, 10_000))).toBe("same");
    expect(compareLists(packages, names.slice(0, 10_000))).toBe("same");
    expect(deps).toEqual([]);
  });

  it("one back edge turns the chain into a cycle", () => {
    const deps = names.slice(0, -1).map((name, i): [string, string] => [name, names[i + 1]!]);
    deps.push([names[N - 1]!, names[0]!]);
    expect(buildOrder(names, deps)).toBeNull();
  });

  it("everything depends on a base listed last", () => {
    const packages = names.slice(0, 10_000);
    const base = packages[packages.length - 1]!;
    const deps = packages.slice(0, -1).map((name): [string, string] => [name, base]);
    expect(compareLists(buildOrder(packages, deps), [base, ...packages.slice(0, -1)])).toBe("same");
  });

  it("packages that become ready late but are listed early go first", () => {
    // Each even-indexed package depends on the odd one after it: the odd ones are ready
    // at once, and every build releases the package just before it in the list.
    const deps: Array<[string, string]> = [];
    for (let i = 0; i < N; i += 2) deps.push([names[i]!, names[i + 1]!]);
    const expected: string[] = [];
    for (let i = 0; i < N; i += 2) expected.push(names[i + 1]!, names[i]!);
    expect(compareLists(buildOrder(names, deps), expected)).toBe("same");
  });
});
