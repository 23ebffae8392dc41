import { ObjectFreeze, ReflectDefineProperty, ReflectGetOwnPropertyDescriptor, ReflectGetPrototypeOf, TypeErrorCtor } from "./primordials.ts";

/**
 * Freezes the intrinsics (as SES's lockdown does) before submitted code runs, so it cannot
 * plant index setters on Array.prototype, swap Promise's species, or patch what tests use.
 * A few properties that ordinary code assigns on instances (`this.name = ...` in an Error
 * subclass) are turned into accessors that define the property on the instance instead:
 * without that, freezing would break them ("the override mistake").
 */
const OVERRIDABLE = ["constructor", "name", "message", "toString", "valueOf", "toLocaleString", "toJSON"];

function enableOverride(proto: object, key: string): void {
  const desc = ReflectGetOwnPropertyDescriptor(proto, key);
  if (!desc || !("value" in desc) || !desc.configurable) return;
  const value = desc.value as unknown;
  ReflectDefineProperty(proto, key, {
    get() {
      return value;
    },
    set(this: object, v: unknown) {
      if (this === proto) throw new TypeErrorCtor(`Cannot assign to read only property '${key}' of a built-in prototype`);
      ReflectDefineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: desc.enumerable ?? false,
    configurable: false,
  });
}

export function lockdown(global: Record<string, unknown>): void {
  const g = global;
  const fnProto = ReflectGetPrototypeOf(() => {}) as object;
  const iterProto = ReflectGetPrototypeOf(ReflectGetPrototypeOf([][Symbol.iterator]()) as object) as object;
  const gen = ReflectGetPrototypeOf(function* () {}) as { prototype: object };
  const agen = ReflectGetPrototypeOf(async function* () {}) as { prototype: object };
  const hidden: object[] = [
    ReflectGetPrototypeOf(Int8Array) as object,
    iterProto,
    ReflectGetPrototypeOf([][Symbol.iterator]()) as object,
    ReflectGetPrototypeOf(new Map()[Symbol.iterator]()) as object,
    ReflectGetPrototypeOf(new Set()[Symbol.iterator]()) as object,
    ReflectGetPrototypeOf(""[Symbol.iterator]()) as object,
    ReflectGetPrototypeOf(/x/[Symbol.matchAll]("")) as object,
    gen,
    gen.prototype,
    ReflectGetPrototypeOf(gen.prototype) as object,
    agen,
    agen.prototype,
    ReflectGetPrototypeOf(agen.prototype) as object,
    ReflectGetPrototypeOf(async () => {}) as object,
    fnProto,
  ];
  const names = [
    "Object", "Function", "Array", "Number", "String", "Boolean", "Symbol", "BigInt", "Promise", "Map", "Set",
    "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry", "Date", "RegExp", "Error", "TypeError", "RangeError",
    "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError", "JSON", "Math", "Reflect", "Proxy",
    "ArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
    "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "Atomics",
    "Iterator",
  ];
  const targets: object[] = [...hidden];
  for (const name of names) {
    const value = g[name] as { prototype?: unknown } | undefined;
    if (value === undefined) continue;
    targets.push(value);
    if (typeof value === "function" && typeof value.prototype === "object" && value.prototype !== null) targets.push(value.prototype);
  }
  const overrideTargets = [Object.prototype, Function.prototype, Array.prototype, Promise.prototype];
  for (const name of ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"]) {
    const ctor = g[name] as { prototype: object } | undefined;
    if (ctor) overrideTargets.push(ctor.prototype);
  }
  for (const proto of overrideTargets) for (const key of OVERRIDABLE) enableOverride(proto, key);
  // Shallow is enough: every prototype and namespace the harness or a test relies on is in
  // the list, and methods are reached only through them. A deep walk costs ~2 ms per run.
  for (const obj of targets) ObjectFreeze(obj);
}
