import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeRequest, testNamed } from "./fixtures.ts";
import { createJudge } from "./index.ts";
import type { JudgeResult } from "./types.ts";

/**
 * Every matcher of the Jest API, judged end to end: each in a form that must pass and a form
 * that must fail, all in one submission, then checked test by test.
 */
const SOLUTION = `
export class LRUCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(readonly capacity: number) {
    if (capacity < 1) throw new RangeError("capacity must be at least 1");
  }
  get size(): number { return this.entries.size; }
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key)!;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  put(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
  keys(): K[] { return [...this.entries.keys()]; }
}
export function add(a: number, b: number): number { return a + b; }
export function divide(a: number, b: number): number {
  if (b === 0) throw new RangeError("division by zero");
  return a / b;
}
export async function fetchUser(id: number): Promise<{ id: number; name: string }> {
  await Promise.resolve();
  if (id < 0) throw new Error("user not found");
  return { id, name: "user" + id };
}
`;

interface MatcherCase {
  name: string;
  pass: string;
  fail: string;
  /** Part of the failing form's message. */
  message: string;
}

const CASES: MatcherCase[] = [
  { name: "toBe", pass: "expect(add(1, 2)).toBe(3)", fail: "expect(add(1, 2)).toBe(4)", message: "Expected: 4\nReceived: 3" },
  { name: "toEqual", pass: "expect({ a: [1, 2], b: undefined }).toEqual({ a: [1, 2] })", fail: "expect({ a: [1, 2] }).toEqual({ a: [1, 3] })", message: "- Expected" },
  { name: "toStrictEqual", pass: "expect({ a: 1 }).toStrictEqual({ a: 1 })", fail: "expect({ a: 1, b: undefined }).toStrictEqual({ a: 1 })", message: "toStrictEqual" },
  { name: "toThrow with no argument", pass: "expect(() => divide(1, 0)).toThrow()", fail: "expect(() => divide(1, 1)).toThrow()", message: "Received function did not throw" },
  { name: "toThrow with a class", pass: "expect(() => divide(1, 0)).toThrow(RangeError)", fail: "expect(() => divide(1, 0)).toThrow(TypeError)", message: "Expected constructor: TypeError" },
  { name: "toThrow with a string", pass: 'expect(() => divide(1, 0)).toThrow("by zero")', fail: 'expect(() => divide(1, 0)).toThrow("overflow")', message: 'Expected substring: "overflow"' },
  { name: "toThrow with a RegExp", pass: "expect(() => divide(1, 0)).toThrow(/^division/)", fail: "expect(() => divide(1, 0)).toThrow(/^overflow/)", message: "Expected pattern: /^overflow/" },
  { name: "toThrow with an Error instance", pass: 'expect(() => divide(1, 0)).toThrow(new RangeError("division by zero"))', fail: 'expect(() => divide(1, 0)).toThrow(new Error("division"))', message: 'Expected message: "division"' },
  { name: "toThrowError alias", pass: 'expect(() => new LRUCache(0)).toThrowError("at least 1")', fail: "expect(() => new LRUCache(1)).toThrowError()", message: "did not throw" },
  { name: "toBeTruthy", pass: "expect(1).toBeTruthy()", fail: "expect(0).toBeTruthy()", message: "Received: 0" },
  { name: "toBeFalsy", pass: 'expect("").toBeFalsy()', fail: 'expect("x").toBeFalsy()', message: 'Received: "x"' },
  { name: "toBeNull", pass: "expect(null).toBeNull()", fail: "expect(undefined).toBeNull()", message: "Received: undefined" },
  { name: "toBeUndefined", pass: "expect(new LRUCache(1).get('missing')).toBeUndefined()", fail: "expect(null).toBeUndefined()", message: "Received: null" },
  { name: "toBeDefined", pass: "expect(0).toBeDefined()", fail: "expect(undefined).toBeDefined()", message: "toBeDefined" },
  { name: "toBeNaN", pass: "expect(divide(1, 2) * Number(\"x\")).toBeNaN()", fail: "expect(1).toBeNaN()", message: "Received: 1" },
  { name: "toBeCloseTo", pass: "expect(add(0.1, 0.2)).toBeCloseTo(0.3)", fail: "expect(0.31).toBeCloseTo(0.3, 5)", message: "Expected: 0.3" },
  { name: "toBeGreaterThan", pass: "expect(3).toBeGreaterThan(2)", fail: "expect(2).toBeGreaterThan(2)", message: "Received: 2" },
  { name: "toBeGreaterThanOrEqual", pass: "expect(2).toBeGreaterThanOrEqual(2)", fail: "expect(1).toBeGreaterThanOrEqual(2)", message: "Expected: 2" },
  { name: "toBeLessThan", pass: "expect(1n).toBeLessThan(2n)", fail: "expect(2).toBeLessThan(2)", message: "toBeLessThan" },
  { name: "toBeLessThanOrEqual", pass: "expect(2).toBeLessThanOrEqual(2)", fail: "expect(3).toBeLessThanOrEqual(2)", message: "Received: 3" },
  { name: "toContain", pass: 'expect([1, 2, 3]).toContain(2); expect("hello").toContain("ell")', fail: "expect([1, 2, 3]).toContain(4)", message: "Expected: 4" },
  { name: "toContainEqual", pass: "expect([{ id: 1 }, { id: 2 }]).toContainEqual({ id: 2 })", fail: "expect([{ id: 1 }]).toContainEqual({ id: 2 })", message: 'Expected: {"id": 2}' },
  { name: "toMatch", pass: 'expect("hello world").toMatch(/wor/); expect("abc").toMatch("b")', fail: 'expect("hello world").toMatch(/xyz/)', message: "Expected: /xyz/" },
  { name: "toHaveLength", pass: "expect([1, 2, 3]).toHaveLength(3); expect({ length: 2 }).toHaveLength(2)", fail: 'expect("abc").toHaveLength(2)', message: "Received length: 3" },
  { name: "toHaveProperty", pass: 'expect({ a: { b: 2 } }).toHaveProperty("a.b", 2); expect(new LRUCache(3)).toHaveProperty("capacity")', fail: 'expect({ a: { b: 2 } }).toHaveProperty("a.c")', message: 'Expected path: "a.c"' },
  { name: "toBeInstanceOf", pass: "expect(new LRUCache(1)).toBeInstanceOf(LRUCache)", fail: "expect(new LRUCache(1)).toBeInstanceOf(Map)", message: "Expected constructor: Map" },
  { name: "toMatchObject", pass: 'expect({ id: 1, name: "a", tags: ["x"] }).toMatchObject({ name: "a" })', fail: 'expect({ id: 1, name: "a" }).toMatchObject({ name: "b" })', message: '"name": "b"' },
  { name: ".not", pass: "expect(add(1, 1)).not.toBe(3)", fail: "expect(add(1, 1)).not.toBe(2)", message: "Expected: not 2" },
  { name: ".resolves", pass: 'await expect(fetchUser(1)).resolves.toEqual({ id: 1, name: "user1" })', fail: "await expect(fetchUser(-1)).resolves.toEqual({ id: -1 })", message: "Received promise rejected instead of resolved" },
  { name: ".rejects", pass: 'await expect(fetchUser(-1)).rejects.toThrow("not found")', fail: "await expect(fetchUser(1)).rejects.toThrow()", message: "Received promise resolved instead of rejected" },
  { name: ".resolves.not", pass: "await expect(fetchUser(2)).resolves.not.toHaveProperty('email')", fail: "await expect(fetchUser(2)).resolves.not.toHaveProperty('name')", message: "not" },
];

const EXTEND = `
expect.extend({
  toBeWithin(received: number, low: number, high: number) {
    const pass = received >= low && received <= high;
    return { pass, message: () => \`expected \${this.utils.printReceived(received)} \${this.isNot ? "not " : ""}to be within \${this.utils.printExpected([low, high])}\` };
  },
  toEqualIgnoringCase(received: string, expected: string) {
    return { pass: this.equals(received.toLowerCase(), expected.toLowerCase()), message: () => "case-insensitive mismatch" };
  },
});
`;

const ASYMMETRIC: MatcherCase[] = [
  { name: "expect.any", pass: "expect({ id: 1, name: 'a' }).toEqual({ id: expect.any(Number), name: expect.any(String) })", fail: "expect({ id: 1, name: 'a' }).toEqual({ id: expect.any(Number), name: expect.any(Number) })", message: "toEqual" },
  { name: "expect.any with a class", pass: "expect({ c: new LRUCache(1) }).toEqual({ c: expect.any(LRUCache) })", fail: "expect({ c: new Map() }).toEqual({ c: expect.any(LRUCache) })", message: "toEqual" },
  { name: "expect.anything", pass: "expect({ a: 0 }).toEqual({ a: expect.anything() })", fail: "expect({ a: null }).toEqual({ a: expect.anything() })", message: "toEqual" },
  { name: "expect.objectContaining", pass: "expect(fetchUser(3)).resolves.toEqual(expect.objectContaining({ name: 'user3' }))", fail: "expect({ id: 1, name: 'a' }).toEqual(expect.objectContaining({ name: 'b' }))", message: "toEqual" },
  { name: "expect.arrayContaining", pass: "expect([1, 2, 3]).toEqual(expect.arrayContaining([3, 1]))", fail: "expect([1, 2, 3]).toEqual(expect.arrayContaining([4]))", message: "toEqual" },
  { name: "expect.stringContaining", pass: "expect({ msg: 'cache miss' }).toEqual({ msg: expect.stringContaining('miss') })", fail: "expect('cache hit').toEqual(expect.stringContaining('miss'))", message: "toEqual" },
  { name: "expect.stringMatching", pass: "expect(['id-42']).toEqual([expect.stringMatching(/^id-\\d+$/)])", fail: "expect(['id-x']).toEqual([expect.stringMatching(/^id-\\d+$/)])", message: "toEqual" },
  { name: "expect.not.arrayContaining", pass: "expect([1, 2]).toEqual(expect.not.arrayContaining([3]))", fail: "expect([1, 2]).toEqual(expect.not.arrayContaining([2]))", message: "toEqual" },
  { name: "custom matcher", pass: "expect(5).toBeWithin(1, 10); expect('AbC').toEqualIgnoringCase('abc')", fail: "expect(50).toBeWithin(1, 10)", message: "expected 50 to be within [1, 10]" },
  { name: "custom matcher with .not", pass: "expect(50).not.toBeWithin(1, 10)", fail: "expect(5).not.toBeWithin(1, 10)", message: "expected 5 not to be within [1, 10]" },
  { name: "custom matcher using this.equals", pass: "expect('HELLO').toEqualIgnoringCase('hello')", fail: "expect('HELLO').toEqualIgnoringCase('help')", message: "case-insensitive mismatch" },
];

const MOCKS: MatcherCase[] = [
  { name: "toHaveBeenCalled", pass: "const f = jest.fn(); f(); expect(f).toHaveBeenCalled()", fail: "const f = jest.fn(); expect(f).toHaveBeenCalled()", message: "Number of calls: 0" },
  { name: "toHaveBeenCalledTimes", pass: "const f = jest.fn(); f(); f(); expect(f).toHaveBeenCalledTimes(2)", fail: "const f = jest.fn(); f(); expect(f).toHaveBeenCalledTimes(2)", message: "Expected number of calls: 2" },
  { name: "toHaveBeenCalledWith", pass: "const f = jest.fn(); f(1, { a: 2 }); f(3); expect(f).toHaveBeenCalledWith(1, { a: 2 })", fail: "const f = jest.fn(); f(1); expect(f).toHaveBeenCalledWith(2)", message: "Expected: [2]" },
  { name: "toHaveBeenLastCalledWith", pass: "const f = jest.fn(); f(1); f(2); expect(f).toHaveBeenLastCalledWith(2)", fail: "const f = jest.fn(); f(1); f(2); expect(f).toHaveBeenLastCalledWith(1)", message: "Number of calls: 2" },
  { name: "toHaveBeenNthCalledWith", pass: "const f = jest.fn(); f('a'); f('b'); expect(f).toHaveBeenNthCalledWith(2, 'b')", fail: "const f = jest.fn(); f('a'); f('b'); expect(f).toHaveBeenNthCalledWith(1, 'b')", message: "toHaveBeenNthCalledWith" },
  { name: "toHaveReturnedWith", pass: "const f = jest.fn((x: number) => x * 2); f(2); expect(f).toHaveReturnedWith(4)", fail: "const f = jest.fn((x: number) => x * 2); f(2); expect(f).toHaveReturnedWith(5)", message: "toHaveReturnedWith" },
  {
    name: "jest.spyOn",
    pass: "const cache = new LRUCache<string, number>(2); const spy = jest.spyOn(cache, 'get'); cache.put('a', 1); expect(cache.get('a')).toBe(1); expect(spy).toHaveBeenCalledWith('a'); spy.mockReturnValue(7); expect(cache.get('zzz')).toBe(7); spy.mockRestore(); expect(cache.get('zzz')).toBeUndefined()",
    fail: "const cache = new LRUCache<string, number>(2); const spy = jest.spyOn(cache, 'put'); cache.get('a'); expect(spy).toHaveBeenCalled()",
    message: "Number of calls: 0",
  },
  {
    name: "mock implementations",
    pass: "const f = jest.fn().mockReturnValueOnce(1).mockReturnValue(2); expect([f(), f(), f()]).toEqual([1, 2, 2]); expect(f.mock.calls).toHaveLength(3); expect(jest.isMockFunction(f)).toBe(true); f.mockClear(); expect(f).not.toHaveBeenCalled()",
    fail: "const f = jest.fn().mockResolvedValue('ok'); return expect(f()).resolves.toBe('nope')",
    message: 'Expected: "nope"',
  },
];

function block({ name, pass, fail }: MatcherCase): string {
  return `describe(${JSON.stringify(name)}, () => {
  it("passes", async () => { ${pass}; });
  it("fails", async () => { ${fail}; });
});
`;
}

const judge = createJudge({ workers: 1, maxQueue: 8 });
afterAll(() => judge.close());

function checkCases(title: string, cases: MatcherCase[], prelude = "") {
  describe(title, () => {
    let result: JudgeResult;
    beforeAll(async () => {
      const code = `import { LRUCache, add, divide, fetchUser } from "./solution";\n${prelude}${cases.map(block).join("")}`;
      result = await judge.judge(judgeRequest(SOLUTION, code));
    });

    it.each(cases)("$name: the passing form passes", ({ name }) => {
      const t = testNamed(result, `${name} > passes`);
      expect(t.message).toBeUndefined();
      expect(t.status).toBe("passed");
    });

    it.each(cases)("$name: the failing form fails as a wrong answer with a useful message", ({ name, message }) => {
      const t = testNamed(result, `${name} > fails`);
      expect(t.status).toBe("failed");
      expect(t.message).toContain(message);
    });
  });
}

checkCases("built-in matchers", CASES);
checkCases("asymmetric and custom matchers", ASYMMETRIC, EXTEND);
checkCases("mock functions", MOCKS);

describe("matchers from vitest's API", () => {
  it("judges a test file that imports from vitest and uses vi.fn", async () => {
    const code = `import { describe, it, expect, vi } from "vitest";
import { add } from "./solution";
describe("vitest style", () => {
  it("adds", () => { expect(add(2, 2)).toBe(4); });
  it("mocks", () => { const f = vi.fn(add); f(1, 2); expect(f).toHaveBeenCalledWith(1, 2); expect(f).toHaveReturnedWith(3); });
});
`;
    const result = await judge.judge(judgeRequest(SOLUTION, [{ path: "add.test.ts", code, visibility: "hidden" }]));
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ["vitest style > adds", "passed"],
      ["vitest style > mocks", "passed"],
    ]);
    expect(result.verdict).toBe("Accepted");
  });
});
