import {
  ArrayIsArray,
  MapCtor,
  MapPrototypeForEach,
  MapPrototypeHas,
  MapPrototypeSet,
  ObjectPrototypeToString,
  ReflectGetOwnPropertyDescriptor,
  ReflectGetPrototypeOf,
  ReflectOwnKeys,
  SetPrototypeForEach,
} from "./primordials.ts";

/**
 * Whether copying `value` out of the isolate stays within `budget` units (a slot, or eight
 * characters of a string). A structured clone copies a string once per reference, so a few
 * kilobytes referenced thousands of times become gigabytes in the worker: such a value is
 * not copied, and the isolate's own reading decides. Own accessors also say no: the clone
 * would call them, and what they return then is not what was measured here.
 */
const byteLengthOf = (() => {
  const typed = ReflectGetOwnPropertyDescriptor(ReflectGetPrototypeOf(Int8Array.prototype) as object, "byteLength")!.get!;
  const buffer = ReflectGetOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get!;
  return (v: object, tag: string): number => {
    try {
      return (Reflect.apply(tag === "[object ArrayBuffer]" ? buffer : typed, v, []) as number) || 0;
    } catch {
      return 0;
    }
  };
})();

export const DEFAULT_COPY_BUDGET = 4_000_000;

export function fitsCopyBudget(value: unknown, budget = DEFAULT_COPY_BUDGET): boolean {
  // Runs after lockdown, so plain arrays and their methods are safe here.
  let units = 0;
  const seen = new MapCtor<object, true>();
  const stack: object[] = [];
  const visit = (v: unknown) => {
    if (typeof v === "string") units += 1 + (v.length >> 3);
    else if (typeof v === "object" && v !== null) stack.push(v);
    else units++;
  };
  visit(value);
  while (stack.length > 0 && units <= budget) {
    const v = stack.pop()!;
    if (MapPrototypeHas(seen, v)) continue;
    MapPrototypeSet(seen, v, true);
    const tag = ObjectPrototypeToString(v);
    if (tag === "[object Error]") {
      // Cloned by name, message and stack only; its own `stack` accessor is not called.
      units += 64;
    } else if (tag === "[object ArrayBuffer]" || (tag.endsWith("Array]") && !ArrayIsArray(v))) {
      units += byteLengthOf(v, tag) >> 3;
    } else if (ArrayIsArray(v)) {
      const n = v.length;
      units += n;
      for (let i = 0; i < n && units <= budget; i++) visit(v[i]);
    } else if (tag === "[object Map]") {
      MapPrototypeForEach(v as Map<unknown, unknown>, (val, key) => {
        visit(key);
        visit(val);
      });
    } else if (tag === "[object Set]") {
      SetPrototypeForEach(v as Set<unknown>, visit);
    } else {
      const keys = ReflectOwnKeys(v);
      units += keys.length;
      for (let i = 0; i < keys.length && units <= budget; i++) {
        const d = ReflectGetOwnPropertyDescriptor(v, keys[i]!);
        if (!d) continue;
        if (!("value" in d)) return false;
        visit(d.value);
      }
    }
  }
  return units <= budget;
}
