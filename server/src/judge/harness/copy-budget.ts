import {
  ArrayIsArray,
  ErrorCtor,
  MapCtor,
  MapPrototypeForEach,
  MapPrototypeHas,
  MapPrototypeSet,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeToString,
  ReflectApply,
  ReflectGetOwnPropertyDescriptor,
  ReflectGetPrototypeOf,
  ReflectOwnKeys,
  SetPrototypeForEach,
} from "./primordials.ts";

/**
 * Whether copying `value` out of the isolate stays within `budget` units (a slot, or eight
 * bytes of a string, bigint or buffer). A structured clone copies a string once per reference,
 * so a few kilobytes referenced thousands of times become gigabytes in the worker: such a
 * value is not copied, and the isolate's own reading decides.
 *
 * Each object is counted as V8's serializer will write it, and what it is comes from a brand
 * check, never from its toString tag or prototype, which the submission controls: an object
 * that only claims to be an Error, a typed array or a Map is walked like any other object.
 * Reading a value must not run the submission's code either, or the clone would copy
 * something else than what was counted: a getter the clone would call says no.
 */
export const DEFAULT_COPY_BUDGET = 4_000_000;

type Getter = (this: unknown) => unknown;
const getterOf = (proto: object, key: PropertyKey) => ReflectGetOwnPropertyDescriptor(proto, key)?.get as Getter | undefined;
const typedArrayBuffer = getterOf(ReflectGetPrototypeOf(Int8Array.prototype) as object, "buffer");
const dataViewBuffer = getterOf(DataView.prototype, "buffer");
const bufferBytes = getterOf(ArrayBuffer.prototype, "byteLength");
const sharedBufferBytes = typeof SharedArrayBuffer === "function" ? getterOf(SharedArrayBuffer.prototype, "byteLength") : undefined;
const mapSize = getterOf(Map.prototype, "size");
const setSize = getterOf(Set.prototype, "size");
const regExpSource = getterOf(RegExp.prototype, "source");
const stringValueOf = String.prototype.valueOf as Getter;
const bigIntToString = BigInt.prototype.toString;
const isView = ArrayBuffer.isView;
const isFrozen = Object.isFrozen;
/** V8's own `stack` accessor, found on every error it makes: the only getter called here. */
const nativeStack = getterOf(new ErrorCtor(), "stack");
/**
 * Node 24's V8 has Error.isError. Without it every object is checked as an error would be,
 * which only leaves a few more values to the isolate's reading.
 */
const isError = (ErrorCtor as unknown as { isError?: (v: unknown) => boolean }).isError ?? (() => true);
const ERROR_PROTOTYPES = new MapCtor<object, true>();
for (const E of [ErrorCtor, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError]) {
  MapPrototypeSet(ERROR_PROTOTYPES, E.prototype, true);
}

/** The getter's result on `v`, or NOT_BRANDED when `v` lacks the internal slot it reads. */
const NOT_BRANDED: unique symbol = Symbol("not branded");
function branded(getter: Getter | undefined, v: object): unknown {
  if (getter === undefined) return NOT_BRANDED;
  try {
    return ReflectApply(getter, v, []);
  } catch {
    return NOT_BRANDED;
  }
}

const isObjectLike = (v: unknown) => (typeof v === "object" && v !== null) || typeof v === "function";

/**
 * What [[Get]] of `key` on `v` returns, found through descriptors so that nothing is called:
 * UNSAFE when it would call a getter, unless `trustErrorPrototypes` and the getter sits on a
 * frozen intrinsic error prototype (lockdown turns their `name` into one).
 */
const UNSAFE: unique symbol = Symbol("unsafe");
function inherited(v: object, key: string, trustErrorPrototypes: boolean): unknown {
  for (let o: object | null = v; o !== null; o = ReflectGetPrototypeOf(o)) {
    const d = ReflectGetOwnPropertyDescriptor(o, key);
    if (!d) continue;
    if (ObjectPrototypeHasOwnProperty(d, "value")) return d.value;
    return trustErrorPrototypes && MapPrototypeHas(ERROR_PROTOTYPES, o) && isFrozen(o) ? undefined : UNSAFE;
  }
  return undefined;
}

/**
 * V8 clones an error as its name (only to pick a prototype), message, stack and cause: it gets
 * the name and stack with [[Get]] and turns name and message into strings. The stack to count
 * when it is not an own property, or UNSAFE when any of this would run the submission's code.
 */
function errorStackToCount(v: object): unknown {
  const message = ReflectGetOwnPropertyDescriptor(v, "message");
  if (message && isObjectLike(message.value)) return UNSAFE;
  const name = inherited(v, "name", true);
  if (name === UNSAFE || isObjectLike(name)) return UNSAFE;
  // An own stack, V8's accessor or a value, is counted with the other own properties.
  return ReflectGetOwnPropertyDescriptor(v, "stack") ? undefined : inherited(v, "stack", false);
}

export function fitsCopyBudget(value: unknown, budget = DEFAULT_COPY_BUDGET): boolean {
  // Runs after lockdown, so plain arrays and their methods are safe here.
  let units = 0;
  const seen = new MapCtor<object, true>();
  const stack: object[] = [];
  const visit = (v: unknown) => {
    if (typeof v === "string") units += 1 + (v.length >> 3);
    else if (typeof v === "bigint") units += 1 + ((ReflectApply(bigIntToString, v, [16]) as string).length >> 4);
    else if (typeof v === "object" && v !== null) stack.push(v);
    else units++;
  };
  /** Own properties, as the clone of an object, array or error copies them. */
  const visitOwn = (v: object, error: boolean): boolean => {
    const keys = ReflectOwnKeys(v);
    units += keys.length;
    for (let i = 0; i < keys.length && units <= budget; i++) {
      const key = keys[i]!;
      const d = ReflectGetOwnPropertyDescriptor(v, key);
      if (!d) continue;
      if (ObjectPrototypeHasOwnProperty(d, "value")) visit(d.value);
      else if (error && key === "stack" && nativeStack !== undefined && d.get === nativeStack) visit(branded(nativeStack, v));
      else return false;
    }
    return true;
  };
  /** A brand that needs no throw to check is checked first; the others follow the tag's hint. */
  const visitObject = (v: object): boolean => {
    if (ArrayIsArray(v)) {
      // Elements by index: spelling out an array's keys costs ~0.4 us an element (40 ms for a
      // 300x300 grid), which large-input tests would pay on every expectation. Named properties
      // on an array are not counted here: the worker's resident-memory ceiling bounds them.
      const n = v.length;
      units += n;
      for (let i = 0; i < n && units <= budget; i++) visit(v[i]);
      return true;
    }
    if (isView(v)) {
      // A clone copies a view's whole buffer, not only the bytes it sees.
      const buffer = branded(typedArrayBuffer, v);
      visit(buffer === NOT_BRANDED ? branded(dataViewBuffer, v) : buffer);
      units++;
      return true;
    }
    if (isError(v)) {
      const inheritedStack = errorStackToCount(v);
      if (inheritedStack === UNSAFE) return false;
      visit(inheritedStack);
      return visitOwn(v, true);
    }
    // Checking these brands throws on every other object, at microseconds a throw: the tag
    // picks the one to check, and an object that only claims the tag fails it.
    switch (ObjectPrototypeToString(v)) {
      case "[object ArrayBuffer]":
      case "[object SharedArrayBuffer]": {
        let bytes = branded(bufferBytes, v);
        if (bytes === NOT_BRANDED) bytes = branded(sharedBufferBytes, v);
        if (typeof bytes === "number") units += bytes >> 3;
        break;
      }
      case "[object Map]": {
        const size = branded(mapSize, v);
        if (typeof size !== "number") break;
        if (units + size > budget) return false;
        MapPrototypeForEach(v as Map<unknown, unknown>, (val, key) => {
          visit(key);
          visit(val);
        });
        break;
      }
      case "[object Set]": {
        const size = branded(setSize, v);
        if (typeof size !== "number") break;
        if (units + size > budget) return false;
        SetPrototypeForEach(v as Set<unknown>, visit);
        break;
      }
      case "[object RegExp]": {
        const source = branded(regExpSource, v);
        if (typeof source === "string") visit(source);
        break;
      }
      case "[object String]": {
        // Cloned as its string alone; its own keys would spell out every character.
        const string = branded(stringValueOf, v);
        if (typeof string === "string") {
          visit(string);
          return true;
        }
        break;
      }
    }
    return visitOwn(v, false);
  };
  visit(value);
  while (stack.length > 0 && units <= budget) {
    const v = stack.pop()!;
    if (MapPrototypeHas(seen, v)) continue;
    MapPrototypeSet(seen, v, true);
    units++;
    if (!visitObject(v)) return false;
  }
  return units <= budget;
}
