
import { equals, matchesObject, type EqualityHooks, type Tri } from "./equality.ts";
import {
  ArrayIsArray,
  FunctionPrototypeSymbolHasInstance,
  nullRecord,
  ObjectPrototypeToString,
  ReflectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeIncludes,
  WeakMapCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from "./primordials.ts";
import { ASYM_KEY, } from "./protocol.ts";


/**
 * Asymmetric matchers (expect.any, objectContaining...) as the isolate knows them: genuine
 * ones are recognised by a WeakMap the submission cannot reach, and travel to the worker
 * marked with the run's nonce.
 */
interface AsymInfo {
  kind: string;
  sample: unknown;
  inverse: boolean;
  builtin?: boolean;
}
const asymmetrics = new WeakMapCtor<object, AsymInfo>();

const BUILTIN_CTORS: unknown[] = [Number, String, Boolean, BigInt, Symbol, Function, Object, Array, Map, Set, Date, RegExp, Error, Promise];

function asymMatch(info: AsymInfo, actual: unknown): Tri {
  let r: Tri;
  switch (info.kind) {
    case "any": {
      const ctor = info.sample as unknown;
      if (ctor === Number) r = typeof actual === "number" || ObjectPrototypeToString(actual) === "[object Number]";
      else if (ctor === String) r = typeof actual === "string" || ObjectPrototypeToString(actual) === "[object String]";
      else if (ctor === Boolean) r = typeof actual === "boolean" || ObjectPrototypeToString(actual) === "[object Boolean]";
      else if (ctor === BigInt) r = typeof actual === "bigint";
      else if (ctor === Symbol) r = typeof actual === "symbol";
      else if (ctor === Function) r = typeof actual === "function";
      else if (ctor === Object) r = typeof actual === "object" && actual !== null;
      else r = typeof ctor === "function" && FunctionPrototypeSymbolHasInstance(ctor as () => void, actual);
      break;
    }
    case "anything":
      r = actual !== null && actual !== undefined;
      break;
    case "objectContaining":
      r = typeof actual === "object" && actual !== null ? matchesObject(actual, info.sample, isolateHooks) : false;
      break;
    case "arrayContaining": {
      const want = info.sample as unknown[];
      if (!ArrayIsArray(actual)) {
        r = false;
        break;
      }
      r = true;
      for (let i = 0; i < want.length && r !== false; i++) {
        let found: Tri = false;
        for (let j = 0; j < actual.length && found !== true; j++) {
          const e = equals(actual[j], want[i], false, isolateHooks);
          if (e !== false) found = e;
        }
        r = found === false ? false : r === "unknown" || found === "unknown" ? "unknown" : true;
      }
      break;
    }
    case "stringContaining":
      r = typeof actual === "string" && StringPrototypeIncludes(actual, info.sample as string);
      break;
    case "stringMatching":
      r = typeof actual === "string" && RegExpPrototypeExec(info.sample as RegExp, actual) !== null;
      break;
    case "closeTo": {
      const [n, digits] = info.sample as [number, number];
      r = typeof actual === "number" && Math.abs(actual - n) < 10 ** -digits / 2;
      break;
    }
    default:
      r = false;
  }
  return info.inverse && r !== "unknown" ? !r : r;
}

export const isolateHooks: EqualityHooks = {
  asymmetric(expected) {
    if (typeof expected !== "object" || expected === null) return undefined;
    const info = WeakMapPrototypeGet(asymmetrics, expected);
    return info ? (actual) => asymMatch(info, actual) : undefined;
  },
  opaque: () => false,
};

export function makeAsym(kind: string, sample: unknown, inverse: boolean, nonce: string): object {
  const builtin = kind === "any" && BUILTIN_CTORS.includes(sample);
  // What the worker sees after copying: the nonce proves the harness made it.
  const wire = {
    [ASYM_KEY]: nonce,
    kind,
    inverse,
    builtin,
    sample: kind === "any" ? (typeof sample === "function" ? (sample as { name?: string }).name : String(sample)) : sample,
  };
  const token = nullRecord(wire);
  WeakMapPrototypeSet(asymmetrics, token, { kind, sample, inverse, builtin });
  ReflectDefineProperty(token, "asymmetricMatch", { value: (a: unknown) => asymMatch({ kind, sample, inverse }, a) === true });
  ReflectDefineProperty(token, "toString", { value: () => `${inverse ? "Not" : ""}${kind}` });
  return token;
}


export function localEq(a: unknown, b: unknown, strict = false): Tri {
  return equals(a, b, strict, isolateHooks);
}
