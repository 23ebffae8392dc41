/**
 * Intrinsics captured when the harness loads, before any submitted code runs. The harness
 * calls only these, so a submission that patches a prototype cannot steer it. Method calls
 * go through `uncurryThis`, which needs no lookup on the receiver at call time.
 */
const { apply, defineProperty, getOwnPropertyDescriptor, ownKeys, getPrototypeOf } = Reflect;
const bind = Function.prototype.bind;
const call = Function.prototype.call;

function uncurryThis<T, A extends unknown[], R>(fn: (this: T, ...args: A) => R): (self: T, ...args: A) => R {
  return apply(bind, call, [fn]) as (self: T, ...args: A) => R;
}

export const ReflectApply = apply;
export const ReflectDefineProperty = defineProperty;
export const ReflectGetOwnPropertyDescriptor = getOwnPropertyDescriptor;
export const ReflectOwnKeys = ownKeys;
export const ReflectGetPrototypeOf = getPrototypeOf;
export const ObjectFreeze = Object.freeze;
export const ObjectIsFrozen = Object.isFrozen;
export const ObjectIs = Object.is;
export const ObjectCreate = Object.create;
export const ObjectKeys = Object.keys;
export const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
export const ObjectPrototype = Object.prototype;
export const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
export const ObjectPrototypeToString = uncurryThis(Object.prototype.toString);
export const ArrayIsArray = Array.isArray;
export const ArrayPrototype = Array.prototype;
export const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
export const FunctionPrototypeSymbolHasInstance = uncurryThis(Function.prototype[Symbol.hasInstance]);
export const StringCtor = String;
export const NumberCtor = Number;
export const NumberIsInteger = Number.isInteger;
export const NumberIsNaN = Number.isNaN;
export const MathMin = Math.min;
export const MathMax = Math.max;
export const MathAbs = Math.abs;
export const MathPow = Math.pow;
export const StringPrototypeSlice = uncurryThis(String.prototype.slice);
export const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
export const StringPrototypeReplace = uncurryThis(String.prototype.replace) as (
  s: string,
  pattern: RegExp | string,
  replacement: string | ((...args: string[]) => string),
) => string;
export const StringPrototypeSplit = uncurryThis(String.prototype.split) as unknown as (s: string, sep: string) => string[];
export const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
export const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
export const RegExpPrototypeSymbolReplace = uncurryThis(RegExp.prototype[Symbol.replace]) as (
  re: RegExp,
  s: string,
  replacement: string | ((...args: string[]) => string),
) => string;
export const RegExpCtor = RegExp;
export const ErrorCtor = Error;
export const TypeErrorCtor = TypeError;
export const ErrorCaptureStackTrace: ((target: object, ctor?: unknown) => void) | undefined = (
  Error as unknown as { captureStackTrace?: (target: object, ctor?: unknown) => void }
).captureStackTrace;
export const SymbolCtor = Symbol;
export const SymbolIterator = Symbol.iterator;
export const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
export const PromiseCtor = Promise;
export const PromisePrototypeThen = uncurryThis(Promise.prototype.then) as <T>(
  p: Promise<T>,
  onFulfilled: (value: T) => void,
  onRejected: (reason: unknown) => void,
) => Promise<void>;
export const PromiseResolve = <T>(value: T): Promise<Awaited<T>> => apply(Promise.resolve, Promise, [value]) as Promise<Awaited<T>>;
export const MapCtor = Map;
export const MapPrototypeGet = uncurryThis(Map.prototype.get);
export const MapPrototypeSet = uncurryThis(Map.prototype.set);
export const MapPrototypeHas = uncurryThis(Map.prototype.has);
export const MapPrototypeDelete = uncurryThis(Map.prototype.delete);
export const MapPrototypeForEach = uncurryThis(Map.prototype.forEach) as <K, V>(
  m: Map<K, V>,
  fn: (v: V, k: K) => void,
) => void;
export const MapPrototypeGetSize = uncurryThis(getOwnPropertyDescriptor(Map.prototype, "size")!.get!) as (
  m: Map<unknown, unknown>,
) => number;
export const SetPrototypeForEach = uncurryThis(Set.prototype.forEach) as <V>(s: Set<V>, fn: (v: V) => void) => void;
export const SetPrototypeHas = uncurryThis(Set.prototype.has);
export const SetPrototypeGetSize = uncurryThis(getOwnPropertyDescriptor(Set.prototype, "size")!.get!) as (
  s: Set<unknown>,
) => number;
export const WeakMapCtor = WeakMap;
export const WeakMapPrototypeGet = uncurryThis(WeakMap.prototype.get);
export const WeakMapPrototypeSet = uncurryThis(WeakMap.prototype.set);
export const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has);
export const DateCtor = Date;
export const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
export const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
export const RegExpPrototypeToString = uncurryThis(RegExp.prototype.toString);
export const RegExpPrototypeGetSource = uncurryThis(getOwnPropertyDescriptor(RegExp.prototype, "source")!.get!) as (
  r: RegExp,
) => string;
export const RegExpPrototypeGetFlags = uncurryThis(getOwnPropertyDescriptor(RegExp.prototype, "flags")!.get!) as (
  r: RegExp,
) => string;
export const JSONStringify = JSON.stringify;

/** Fresh list the submission cannot intercept: writes go through defineProperty, never [[Set]]. */
export class SafeList<T> {
  private readonly items: Record<number, T> = ObjectCreate(null);
  length = 0;
  push(item: T): void {
    defineProperty(this.items, this.length, { value: item, writable: true, enumerable: true, configurable: true });
    this.length++;
  }
  at(index: number): T | undefined {
    return index >= 0 && index < this.length ? this.items[index] : undefined;
  }
  set(index: number, item: T): void {
    defineProperty(this.items, index, { value: item, writable: true, enumerable: true, configurable: true });
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) defineProperty(out, i, { value: this.items[i], writable: true, enumerable: true, configurable: true });
    return out;
  }
}

export function safeDefine(target: object, key: PropertyKey, value: unknown): void {
  defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A plain record with no prototype: reads and writes never reach Object.prototype. */
export function nullRecord<T extends object>(fields: T): T {
  const out = ObjectCreate(null) as T;
  for (const key of ownKeys(fields)) safeDefine(out, key, (fields as Record<PropertyKey, unknown>)[key]);
  return out;
}
