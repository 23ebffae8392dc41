import {
  ArrayIsArray,
  DateCtor,
  DatePrototypeGetTime,
  ErrorCtor,
  MapCtor,
  MapPrototypeForEach,
  MapPrototypeGet,
  MapPrototypeSet,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeToString,
  RegExpCtor,
  RegExpPrototypeGetFlags,
  RegExpPrototypeGetSource,
  SetPrototypeForEach,
} from "./primordials.ts";

/**
 * The web's structuredClone for the sandbox, which has no host to borrow it from: plain
 * objects, arrays (holes kept), Date, RegExp, Map, Set, ArrayBuffer and typed arrays, errors,
 * cycles. Functions and symbols throw a DataCloneError; class instances become plain objects.
 */
function dataCloneError(what: string): Error {
  const e = new ErrorCtor(`${what} could not be cloned.`);
  e.name = "DataCloneError";
  return e;
}

export function structuredCloneValue(value: unknown): unknown {
  const seen = new MapCtor<object, unknown>();
  const clone = (v: unknown): unknown => {
    if (typeof v === "function") throw dataCloneError("A function");
    if (typeof v === "symbol") throw dataCloneError("A symbol");
    if (typeof v !== "object" || v === null) return v;
    const done = MapPrototypeGet(seen, v);
    if (done !== undefined) return done;
    const tag = ObjectPrototypeToString(v);
    let out: unknown;
    switch (tag) {
      case "[object Date]":
        out = new DateCtor(DatePrototypeGetTime(v as Date));
        break;
      case "[object RegExp]":
        out = new RegExpCtor(RegExpPrototypeGetSource(v as RegExp), RegExpPrototypeGetFlags(v as RegExp));
        break;
      case "[object Error]": {
        const e = new ErrorCtor(String((v as Error).message));
        e.name = String((v as Error).name);
        out = e;
        break;
      }
      case "[object ArrayBuffer]":
        out = (v as ArrayBuffer).slice(0);
        break;
      case "[object Map]": {
        const m = new MapCtor<unknown, unknown>();
        MapPrototypeSet(seen, v, m);
        MapPrototypeForEach(v as Map<unknown, unknown>, (val, key) => MapPrototypeSet(m, clone(key), clone(val)));
        return m;
      }
      case "[object Set]": {
        const s = new Set<unknown>();
        MapPrototypeSet(seen, v, s);
        SetPrototypeForEach(v as Set<unknown>, (val) => s.add(clone(val)));
        return s;
      }
      default:
        if (ArrayBuffer.isView(v)) {
          out = (v as unknown as { slice(): unknown }).slice();
          break;
        }
        if (ArrayIsArray(v)) {
          const arr: unknown[] = new Array(v.length);
          MapPrototypeSet(seen, v, arr);
          for (let i = 0; i < v.length; i++) if (ObjectPrototypeHasOwnProperty(v, i)) arr[i] = clone(v[i]);
          return arr;
        }
        {
          const obj: Record<string, unknown> = {};
          MapPrototypeSet(seen, v, obj);
          const keys = ObjectKeys(v);
          for (let i = 0; i < keys.length; i++) obj[keys[i]!] = clone((v as Record<string, unknown>)[keys[i]!]);
          return obj;
        }
    }
    MapPrototypeSet(seen, v, out);
    return out;
  };
  return clone(value);
}
