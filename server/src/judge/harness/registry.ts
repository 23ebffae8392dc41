import { clipText, formatValue } from "./format.ts";
import { SafeList, StringCtor, StringPrototypeReplace } from "./primordials.ts";
import type { TestInfo } from "./protocol.ts";

/** describe / it / hooks: collected into a flat list of tests, each knowing its blocks. */
export type Fn = (...args: unknown[]) => unknown;

/** Names and counts are bounded: they travel to the worker and on to the browser. */
const MAX_NAME = 300;
const MAX_TESTS = 2_000;
type Mode = "run" | "skip" | "todo" | "only";

export interface Block {
  name: string;
  parent: Block | undefined;
  mode: Mode;
  beforeAll: SafeList<Fn>;
  afterAll: SafeList<Fn>;
  beforeEach: SafeList<Fn>;
  afterEach: SafeList<Fn>;
  beforeAllDone: boolean;
  /** Index of the last test in this block that runs: afterAll hooks follow it. */
  lastRunnable: number;
}

export interface RegisteredTest {
  info: TestInfo;
  fn: Fn | undefined;
  block: Block;
  only: boolean;
}

function newBlock(name: string, parent: Block | undefined, mode: Mode): Block {
  return {
    name,
    parent,
    mode,
    beforeAll: new SafeList(),
    afterAll: new SafeList(),
    beforeEach: new SafeList(),
    afterEach: new SafeList(),
    beforeAllDone: false,
    lastRunnable: -1,
  };
}

/** Jest's printf-style titles for .each: %s %d %i %f %j %o %p %#, and $name for object rows. */
function eachTitle(title: string, row: unknown, index: number): string {
  const args = Array.isArray(row) ? row : [row];
  let i = 0;
  let out = StringPrototypeReplace(title, /%([sdifjop#%])/g, (_m: string, f: string) => {
    if (f === "%") return "%";
    if (f === "#") return String(index);
    const v = args[i++];
    if (f === "d" || f === "i") return String(Math.trunc(Number(v)));
    if (f === "f") return String(Number(v));
    if (f === "s" && typeof v === "string") return v;
    return formatValue(v, { maxLength: 200 });
  });
  if (!Array.isArray(row) && typeof row === "object" && row !== null) {
    out = StringPrototypeReplace(out, /\$([A-Za-z_$][\w$]*)/g, (_m: string, key: string) =>
      formatValue((row as Record<string, unknown>)[key], { maxLength: 200, rawStrings: true }),
    );
  }
  return out;
}

/** A per-test timeout (Jest's third argument, or jest.setTimeout) as a whole number of ms, or none. */
function timeoutOf(value: unknown): number | undefined {
  return typeof value === "number" && value > 0 && value < 2 ** 31 ? Math.ceil(value) : undefined;
}

export class Registry {
  readonly tests = new SafeList<RegisteredTest>();
  private current: Block = newBlock("", undefined, "run");
  private file = "";
  private fileStart = 0;
  private fileHasOnly = false;
  private fileMayFocus = false;
  private fileTimeout: number | undefined;
  /**
   * Open only while a test file's top level runs. The solution is loaded before, with it
   * closed; and a registration from inside a running test is refused as in Jest.
   */
  private open = false;

  private assertOpen(what: string): void {
    if (!this.open) throw new Error(`${what} can be declared only at the top level of a test file, while it loads`);
  }

  close(): void {
    this.open = false;
  }

  setFileTimeout(ms: unknown): void {
    this.assertOpen("jest.setTimeout");
    this.fileTimeout = timeoutOf(ms);
  }

  /**
   * `mayFocus`: the file's own code uses .only / fit / fdescribe. Only then does a .only skip
   * the rest, so code under test that declares an it.only cannot skip the real tests.
   */
  beginFile(file: string, mayFocus: boolean): void {
    this.file = file;
    this.current = newBlock("", undefined, "run");
    this.fileStart = this.tests.length;
    this.fileHasOnly = false;
    this.fileMayFocus = mayFocus;
    this.fileTimeout = undefined;
    this.open = true;
  }

  /** .only limits a file to its .only tests, as in Jest. */
  endFile(): void {
    this.open = false;
    for (let i = this.fileStart; i < this.tests.length; i++) {
      const t = this.tests.at(i)!;
      // jest.setTimeout holds for the whole file, as in Jest, wherever in it it was called.
      if (t.info.timeoutMs === undefined && this.fileTimeout !== undefined) t.info.timeoutMs = this.fileTimeout;
      if (this.fileHasOnly && this.fileMayFocus && !t.only && t.info.mode === "run") t.info.mode = "skip";
    }
  }

  private blockMode(b: Block | undefined): Mode {
    for (let x = b; x; x = x.parent) if (x.mode === "skip") return "skip";
    return "run";
  }

  private blockOnly(b: Block | undefined): boolean {
    for (let x = b; x; x = x.parent) if (x.mode === "only") return true;
    return false;
  }

  describe(name: unknown, fn: unknown, mode: Mode): void {
    this.assertOpen("describe()");
    const block = newBlock(clipText(StringCtor(name), MAX_NAME), this.current, mode);
    if (mode === "only") this.fileHasOnly = true;
    const parent = this.current;
    this.current = block;
    try {
      if (typeof fn === "function") (fn as Fn)();
    } finally {
      this.current = parent;
    }
  }

  test(name: unknown, fn: unknown, mode: Mode, timeout?: unknown): void {
    this.assertOpen("A test");
    if (mode === "only") this.fileHasOnly = true;
    const names: string[] = [];
    for (let b: Block | undefined = this.current; b; b = b.parent) if (b.name) names.unshift(b.name);
    if (this.tests.length >= MAX_TESTS) throw new Error(`Too many tests: a run holds at most ${MAX_TESTS}.`);
    names.push(clipText(StringCtor(name), MAX_NAME));
    const only = mode === "only" || this.blockOnly(this.current);
    const effective: TestInfo["mode"] =
      mode === "todo" ? "todo" : mode === "skip" || this.blockMode(this.current) === "skip" || typeof fn !== "function" ? "skip" : "run";
    const timeoutMs = timeoutOf(timeout);
    this.tests.push({
      info: { name: names.join(" > "), file: this.file, mode: effective, ...(timeoutMs !== undefined ? { timeoutMs } : {}) },
      fn: typeof fn === "function" ? (fn as Fn) : undefined,
      block: this.current,
      only,
    });
  }

  hook(kind: "beforeAll" | "afterAll" | "beforeEach" | "afterEach", fn: unknown): void {
    this.assertOpen(kind);
    if (typeof fn === "function") this.current[kind].push(fn as Fn);
  }

  each(table: unknown, register: (name: string, fn: Fn, timeout: unknown) => void): (title: unknown, fn: unknown, timeout?: unknown) => void {
    return (title, fn, timeout) => {
      const rows = Array.isArray(table) ? table : [];
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const args = Array.isArray(row) ? row : [row];
        register(eachTitle(String(title), row, i), (...rest: unknown[]) => (fn as Fn)(...args, ...rest), timeout);
      }
    };
  }

  /** After collection: which test closes each block (afterAll runs after it). */
  finish(): void {
    for (let i = 0; i < this.tests.length; i++) {
      const t = this.tests.at(i)!;
      if (t.info.mode !== "run") continue;
      for (let b: Block | undefined = t.block; b; b = b.parent) b.lastRunnable = i;
    }
  }
}
