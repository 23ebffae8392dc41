import { spySlots } from "./endowments.ts";
import {
  ErrorCtor,
  ObjectIsFrozen,
  RegExpPrototypeExec,
  StringCtor,
  StringPrototypeSplit,
  ObjectPrototypeHasOwnProperty,
  PromiseCtor,
  ReflectApply,
  ReflectDefineProperty,
  ReflectGetOwnPropertyDescriptor,
  SafeList,
  TypeErrorCtor,
  WeakMapCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from "./primordials.ts";

/**
 * jest.fn / jest.spyOn. Calls are recorded in harness-owned state (the `mock` property is a
 * fresh view on each read), so the code under test cannot rewrite what a matcher sees.
 */
type Impl = (...args: unknown[]) => unknown;

export interface MockState {
  name: string;
  calls: SafeList<unknown[]>;
  results: SafeList<{ type: "return" | "throw"; value: unknown }>;
  instances: SafeList<unknown>;
  impl: Impl | undefined;
  once: SafeList<Impl>;
  onceCursor: number;
  restore: (() => void) | undefined;
}

const states = new WeakMapCtor<object, MockState>();
/** The run's mocks, for clearAllMocks and friends: a new list per submission. */
let all = new SafeList<MockState>();
let isCodeUnderTest: (file: string) => boolean = () => false;

/** `codeUnderTest`: whether a module (by its path) is on the solution's side of the run. */
export function beginMockRun(codeUnderTest: (file: string) => boolean): void {
  all = new SafeList();
  isCodeUnderTest = codeUnderTest;
}

const FRAME_FILE = /\(?([^()\s]+):\d+:\d+\)?$/;

/**
 * A test hands its mocks to the code under test (a debounce's callback, a pool's tasks): that
 * code may call them, but never reset or re-program them, or a wrong debounce could call its
 * callback three times, clear the record and call it once more. Who is calling is read from the
 * stack (V8's, which the code cannot rewrite: stack hooks are tamed): the first frame outside
 * the harness and the built-ins.
 */
function assertCalledByTest(method: string): void {
  const stack = StringCtor(new ErrorCtor().stack ?? "");
  for (const line of StringPrototypeSplit(stack, "\n")) {
    const match = RegExpPrototypeExec(FRAME_FILE, line);
    const file = match?.[1];
    if (file === undefined || file === "harness.js" || file === "<anonymous>" || file === "native") continue;
    if (isCodeUnderTest(file)) throw new TypeErrorCtor(`The code under test cannot call ${method}() on a mock the test gave it.`);
    return;
  }
}

export function mockStateOf(fn: unknown): MockState | undefined {
  return (typeof fn === "function" && WeakMapPrototypeGet(states, fn)) || undefined;
}

function copyArgs(args: ArrayLike<unknown>): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < args.length; i++) ReflectDefineProperty(out, i, { value: args[i], writable: true, enumerable: true, configurable: true });
  return out;
}

export function createMock(impl?: Impl): Impl {
  const state: MockState = {
    name: "jest.fn()",
    calls: new SafeList(),
    results: new SafeList(),
    instances: new SafeList(),
    impl,
    once: new SafeList(),
    onceCursor: 0,
    restore: undefined,
  };
  all.push(state);
  const mock = function (this: unknown, ...args: unknown[]): unknown {
    state.calls.push(copyArgs(args));
    state.instances.push(this);
    const current = state.onceCursor < state.once.length ? state.once.at(state.onceCursor++) : state.impl;
    try {
      const value = current ? (new.target ? Reflect.construct(current, args, new.target) : ReflectApply(current, this, args)) : undefined;
      state.results.push({ type: "return", value });
      return value;
    } catch (error) {
      state.results.push({ type: "throw", value: error });
      throw error;
    }
  } as Impl;
  WeakMapPrototypeSet(states, mock, state);
  // Each setter returns the mock, as Jest's do, so calls chain.
  const chain =
    <A extends unknown[]>(name: string, f: (...a: A) => void) =>
    (...a: A) => {
      assertCalledByTest(name);
      f(...a);
      return mock;
    };
  const api: Record<string, unknown> = {
    _isMockFunction: true,
    getMockName: () => state.name,
    mockName: chain("mockName", (n: string) => {
      state.name = String(n);
    }),
    mockClear: chain("mockClear", () => clear(state)),
    mockReset: chain("mockReset", () => reset(state)),
    mockRestore: chain("mockRestore", () => {
      reset(state);
      state.restore?.();
    }),
    mockImplementation: chain("mockImplementation", (f: Impl) => {
      state.impl = f;
    }),
    mockImplementationOnce: chain("mockImplementationOnce", (f: Impl) => state.once.push(f)),
    mockReturnValue: chain("mockReturnValue", (v: unknown) => {
      state.impl = () => v;
    }),
    mockReturnValueOnce: chain("mockReturnValueOnce", (v: unknown) => state.once.push(() => v)),
    mockResolvedValue: chain("mockResolvedValue", (v: unknown) => {
      state.impl = () => PromiseCtor.resolve(v);
    }),
    mockResolvedValueOnce: chain("mockResolvedValueOnce", (v: unknown) => state.once.push(() => PromiseCtor.resolve(v))),
    mockRejectedValue: chain("mockRejectedValue", (v: unknown) => {
      state.impl = () => PromiseCtor.reject(v);
    }),
    mockRejectedValueOnce: chain("mockRejectedValueOnce", (v: unknown) => state.once.push(() => PromiseCtor.reject(v))),
    mockReturnThis: chain("mockReturnThis", () => {
      state.impl = function (this: unknown) {
        return this;
      };
    }),
    getMockImplementation: () => state.impl,
  };
  // Fixed, so the code under test cannot swap the methods a test calls later.
  for (const key of Object.keys(api)) ReflectDefineProperty(mock, key, { value: api[key], writable: false, configurable: false });
  ReflectDefineProperty(mock, "mock", {
    get: () => ({
      calls: state.calls.toArray(),
      results: state.results.toArray(),
      instances: state.instances.toArray(),
      lastCall: state.calls.at(state.calls.length - 1),
    }),
    configurable: false,
  });
  return mock;
}

function clear(s: MockState): void {
  s.calls = new SafeList();
  s.results = new SafeList();
  s.instances = new SafeList();
}

function reset(s: MockState): void {
  clear(s);
  s.impl = undefined;
  s.once = new SafeList();
  s.onceCursor = 0;
}

export function spyOn(target: unknown, key: string, accessType?: "get" | "set"): Impl {
  if ((typeof target !== "object" && typeof target !== "function") || target === null) {
    throw new TypeErrorCtor(`Cannot spy on ${String(key)} of a non-object`);
  }
  const slots = spySlots(target);
  if (slots && ObjectPrototypeHasOwnProperty(slots.originals, key)) {
    const mock = createMock((slots.replaced[key] ?? slots.originals[key]) as Impl);
    const previous = slots.replaced[key];
    mockStateOf(mock)!.restore = () => {
      slots.replaced[key] = previous;
    };
    slots.replaced[key] = mock;
    return mock;
  }
  const desc = ReflectGetOwnPropertyDescriptor(target, key);
  if (desc && !desc.configurable && (!("value" in desc) || !desc.writable)) {
    // Built-ins are frozen (and shared with the code under test): replacing one in place is
    // impossible, and quietly spying on nothing would make the test wrong.
    const where = ObjectIsFrozen(target) ? "it belongs to a frozen built-in" : "the property cannot be redefined";
    throw new TypeErrorCtor(
      `jest.spyOn cannot replace ${String(key)}: ${where}. In the sandbox you can spy on Math.random, Date.now, console methods and your own objects.`,
    );
  }
  const original = accessType ? (desc ? desc[accessType] : undefined) : (target as Record<string, unknown>)[key];
  if (typeof original !== "function") throw new TypeErrorCtor(`Cannot spy on ${String(key)}: it is not a function`);
  const mock = createMock(original as Impl);
  const state = mockStateOf(mock)!;
  state.restore = () => {
    if (desc) ReflectDefineProperty(target, key, desc);
    else delete (target as Record<string, unknown>)[key];
  };
  if (accessType) ReflectDefineProperty(target, key, { ...desc, [accessType]: mock, configurable: true });
  else ReflectDefineProperty(target, key, { value: mock, writable: true, enumerable: desc?.enumerable ?? true, configurable: true });
  return mock;
}

export function clearAllMocks(): void {
  for (let i = 0; i < all.length; i++) clear(all.at(i)!);
}
export function resetAllMocks(): void {
  for (let i = 0; i < all.length; i++) reset(all.at(i)!);
}
export function restoreAllMocks(): void {
  for (let i = 0; i < all.length; i++) all.at(i)!.restore?.();
}
