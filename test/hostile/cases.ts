import type { Verdict } from "../../server/src/judge/index.ts";
import type { LimitOverrides } from "../../server/src/judge/limits.ts";

/**
 * The attack corpus: each file in submissions/ is a hostile solution.ts for `add(a, b)`, and
 * the verdict it must get against the honest tests in hostile.test.ts. `passed` pins how many of
 * those four tests may pass, where the attack is to make a wrong answer look right.
 */
export interface HostileCase {
  file: string;
  verdict: Verdict;
  /** Why this verdict (what the file tries is its own first line). */
  note: string;
  passed?: number;
  limits?: LimitOverrides;
  /**
   * Other verdicts that are as right, where which limit is hit first depends on the machine's
   * speed (a loop that also allocates). Whatever it is, it is never Accepted.
   */
  also?: Verdict[];
}

/** Tight limits keep the suite fast: a loop costs half a second, not the default two. */
export const SUITE_LIMITS = { testTimeMs: 500, submissionTimeMs: 3_000, memoryMb: 64, consoleBytes: 16 * 1024 } satisfies LimitOverrides;

/** A small heap, so a memory bomb reaches it long before the (longer) time limit. */
const SMALL_HEAP = { ...SUITE_LIMITS, testTimeMs: 4_000, submissionTimeMs: 6_000, memoryMb: 16 } satisfies LimitOverrides;

const TLE = "Time Limit Exceeded";
const MLE = "Memory Limit Exceeded";
const RE = "Runtime Error";
const WA = "Wrong Answer";

export const CASES: HostileCase[] = [
  // Infinite loops and promises that never settle.
  { file: "loop-sync.ts", verdict: TLE, note: "the isolate's timeout stops it" },
  { file: "loop-microtask.ts", verdict: TLE, also: [MLE], note: "microtasks drain inside the timed call; each await allocates, so a fast machine may fill the heap first" },
  { file: "loop-async-await.ts", verdict: TLE, note: "each await is a microtask: same as above" },
  { file: "loop-interval.ts", verdict: TLE, note: "FIXED: stopped at the step cap; ~45k timed steps used to crash the worker (SIGSEGV)" },
  { file: "loop-interval-bounded.ts", verdict: TLE, note: "finite, but past the 10,000 virtual-clock steps a submission may take" },
  { file: "loop-in-timer.ts", verdict: TLE, note: "the timer fires in a timed step call" },
  { file: "loop-toplevel.ts", verdict: TLE, note: "module loading is timed too" },
  { file: "never-settles.ts", verdict: TLE, note: "nothing pending: reported as a promise that never settles" },
  { file: "catch-overflow-retry.ts", verdict: TLE, note: "exponential but finite work: the clock stops it" },
  // Memory bombs.
  { file: "mem-array-push.ts", verdict: MLE, note: "the isolate hits its heap limit", limits: SMALL_HEAP },
  { file: "mem-deep-nesting.ts", verdict: MLE, note: "the isolate hits its heap limit", limits: SMALL_HEAP },
  { file: "mem-string-repeat.ts", verdict: MLE, note: "the isolate hits its heap limit", limits: SMALL_HEAP },
  { file: "mem-string-flatten.ts", verdict: MLE, note: "the isolate hits its heap limit", limits: SMALL_HEAP },
  { file: "mem-map.ts", verdict: MLE, note: "V8 aborts the whole worker (a crash): the pool answers and respawns", limits: SMALL_HEAP },
  { file: "mem-string-doubling.ts", verdict: RE, note: "RangeError: Invalid string length, before memory runs out" },
  { file: "mem-float64array.ts", verdict: RE, note: "RangeError: Array buffer allocation failed", limits: SMALL_HEAP },
  { file: "mem-arraybuffers.ts", verdict: RE, note: "RangeError: Array buffer allocation failed", limits: SMALL_HEAP },
  { file: "stack-overflow.ts", verdict: RE, note: "RangeError: Maximum call stack size exceeded" },
  // Output, and results that are huge, cyclic or lie.
  { file: "console-flood.ts", verdict: "Output Limit Exceeded", note: "the worker stops the isolate at consoleBytes" },
  { file: "console-flood-toplevel.ts", verdict: "Output Limit Exceeded", note: "the same while the test file loads" },
  { file: "result-cyclic.ts", verdict: WA, passed: 0, note: "copied out with its cycles and compared" },
  { file: "result-deep-nesting.ts", verdict: WA, passed: 0, note: "200,000 levels: neither the copy nor the comparison overflows into a crash" },
  { file: "result-huge-array.ts", verdict: WA, passed: 0, note: "over the copy budget: not copied out, the isolate's reading decides", limits: { ...SUITE_LIMITS, testTimeMs: 5_000, submissionTimeMs: 10_000, memoryMb: 256 } },
  { file: "result-proxy.ts", verdict: WA, passed: 0, note: "a Proxy cannot be copied; the isolate's reading is not fooled" },
  { file: "result-lying-getters.ts", verdict: WA, passed: 0, note: "a boxed number is never a number" },
  { file: "result-string-amplifier.ts", verdict: WA, passed: 0, note: "FIXED: a value over the copy budget is not copied out; the isolate's reading decides" },
  { file: "throw-huge-message.ts", verdict: RE, note: "FIXED: a huge message is never sliced (slicing a rope flattens it): it is reported by its length" },
  // Reaching the host.
  { file: "host-process.ts", verdict: WA, passed: 0, note: "no process global" },
  { file: "host-require-fs.ts", verdict: WA, passed: 0, note: "require knows the test API and the submission only" },
  { file: "host-import-fs.ts", verdict: RE, passed: 0, note: "the module fails to load: Cannot find module 'node:fs'" },
  { file: "host-dynamic-import.ts", verdict: WA, passed: 0, note: "import() rejects, transpiled or not" },
  { file: "host-constructor-chain.ts", verdict: WA, passed: 0, note: "Function is the isolate's own" },
  { file: "host-function-this.ts", verdict: WA, passed: 0, note: "the sloppy global is the isolate's global" },
  { file: "host-this-constructor.ts", verdict: WA, passed: 0, note: "every constructor chain ends in the isolate" },
  { file: "host-error-stack.ts", verdict: WA, passed: 0, note: "stacks name only sandbox files" },
  { file: "host-prepare-stack-trace.ts", verdict: WA, passed: 0, note: "Error is frozen: no prepareStackTrace hook" },
  { file: "host-worker-channel.ts", verdict: WA, passed: 0, note: "the harness removed its channel before any submitted code ran" },
  { file: "atomics-wait.ts", verdict: RE, note: "Atomics.wait and SharedArrayBuffer are removed" },
  { file: "atomics-wait-async.ts", verdict: RE, note: "Atomics.waitAsync is removed" },
  { file: "wasm-loop.ts", verdict: RE, note: "WebAssembly is removed" },
  // Patching intrinsics to fake a pass.
  { file: "patch-object-is.ts", verdict: WA, passed: 0, note: "Object is frozen; the worker decides anyway" },
  { file: "patch-object-prototype-matchers.ts", verdict: WA, passed: 0, note: "Object.prototype is frozen" },
  { file: "patch-array-index-setter.ts", verdict: RE, passed: 0, note: "TypeError at load: Array.prototype is not extensible" },
  { file: "patch-json-stringify.ts", verdict: WA, passed: 0, note: "JSON is frozen" },
  { file: "patch-object-keys.ts", verdict: WA, passed: 0, note: "Object and Reflect are frozen" },
  { file: "patch-promise-then.ts", verdict: WA, passed: 0, note: "Promise.prototype is frozen" },
  { file: "patch-promise-species.ts", verdict: WA, passed: 0, note: "the harness awaits nothing the submission controls" },
  { file: "patch-function-call-apply.ts", verdict: WA, passed: 0, note: "Function.prototype is frozen" },
  { file: "patch-reflect-apply.ts", verdict: WA, passed: 0, note: "Reflect is frozen" },
  { file: "patch-symbol-hasinstance.ts", verdict: WA, passed: 0, note: "the constructors are frozen" },
  { file: "patch-map-get.ts", verdict: WA, passed: 0, note: "the collection prototypes are frozen" },
  { file: "patch-number-prototype.ts", verdict: WA, passed: 0, note: "Number.prototype and Math are frozen" },
  { file: "patch-global-prototype.ts", verdict: WA, passed: 0, note: "FIXED: it deletes String from its own compartment's global only; the tests' globals are their own" },
  // Replacing globals: each side of a run has a global object of its own (SES compartments).
  { file: "replace-global-bindings.ts", verdict: WA, passed: 0, note: "FIXED: the solution replaces its own compartment's bindings; the tests and the harness never read them" },
  { file: "search-test-api.ts", verdict: WA, passed: 0, note: "FIXED: no global the solution can reach holds the test API or the harness's entry points" },
  { file: "grow-own-globals.ts", verdict: "Accepted", note: "a solution may keep its own globals, even a patched JSON: nobody else sees them" },
  // Values that lie about what they are, to slip past the copy budget.
  { file: "fake-error-tag.ts", verdict: WA, passed: 0, note: "FIXED: every value copied out is counted, whatever its tag (a fake Error was counted as 64 units)" },
  { file: "spoofed-typed-array-tag.ts", verdict: WA, passed: 0, note: "FIXED: typed-array, Map and Set branches check the real brand, not the tag" },
  // Tampering with the test API.
  { file: "tamper-expect-global.ts", verdict: WA, passed: 0, note: "the test globals are read-only" },
  { file: "tamper-describe-it.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-jest-object.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-expect-extend.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-expect-prototype.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-it-only.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-describe-only.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-skip-hidden.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-huge-test-names.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-many-tests.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-stray-tests.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-asymmetric-result.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-asymmetric-opaque.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "tamper-forged-markers.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
  { file: "throw-proxy.ts", verdict: RE, passed: 0, note: "its traps throw inside the harness, which stops the sandbox: still a Runtime Error" },
  { file: "throw-symbol.ts", verdict: RE, passed: 0, note: "printed, not converted" },
  { file: "throw-message-getter.ts", verdict: RE, passed: 0, note: "the getters' errors are contained" },
  { file: "throw-null.ts", verdict: RE, passed: 0, note: "a thrown null is still a failure" },
  { file: "throw-undefined.ts", verdict: RE, passed: 0, note: "a rejection with undefined is still a failure" },
  { file: "throw-thenable.ts", verdict: RE, passed: 0, note: "the then getter is never awaited" },
  // Correct answers that try to leave state for the next submission (checked by the honest one).
  { file: "leak-global.ts", verdict: "Accepted", note: "globals die with the context" },
  { file: "leak-prototype.ts", verdict: "Accepted", note: "intrinsics are frozen, and per context anyway" },
  { file: "leak-symbol-registry.ts", verdict: "Accepted", note: "the registry is per isolate, but holds no state" },
  { file: "leak-retained-memory.ts", verdict: "Accepted", note: "the next context can still allocate" },
  { file: "leak-finalization.ts", verdict: RE, note: "FinalizationRegistry is not in the sandbox: its callbacks would run in a later submission's time" },
  { file: "leak-pending-timers.ts", verdict: "Accepted", note: "timers live in the context's virtual clock" },
  { file: "leak-test-api.ts", verdict: RE, passed: 0, note: "the solution cannot import the test API: it fails to load, and each of the problem's tests says so" },
];
