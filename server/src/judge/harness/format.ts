import {
  ArrayIsArray,
  DatePrototypeGetTime,
  DatePrototypeToISOString,
  FunctionPrototypeToString,
  JSONStringify,
  MapPrototypeForEach,
  NumberIsNaN,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeToString,
  ReflectApply,
  ReflectGetOwnPropertyDescriptor,
  ReflectGetPrototypeOf,
  RegExpPrototypeToString,
  SetPrototypeForEach,
  StringPrototypeSlice,
  SymbolPrototypeToString,
} from "./primordials.ts";

/**
 * Jest-like printing of values, bounded in depth, width and length, safe on cycles, on
 * getters that throw and on proxies. Shared by the isolate (console, values it cannot copy
 * out) and the worker (expected / received / diffs, on copied-out values).
 */
export interface FormatOptions {
  /** Indent nested structures over several lines (for diffs). */
  multiline?: boolean;
  maxDepth?: number;
  maxItems?: number;
  maxLength?: number;
  /** Top-level strings print raw, as console.log does. */
  rawStrings?: boolean;
}

const ELLIPSIS = "…";
/** Past this, a string is not even sliced: slicing a huge rope string flattens all of it. */
const HUGE_STRING = 1_000_000;

/** A string cut to `max` characters, without ever copying a huge one. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (text.length > HUGE_STRING) return `[a string of ${text.length} characters]`;
  return `${StringPrototypeSlice(text, 0, max)}${ELLIPSIS}`;
}

export function formatValue(value: unknown, options: FormatOptions = {}): string {
  const maxLength = options.maxLength ?? 10_000;
  const out = fmt(value, {
    multiline: options.multiline ?? false,
    maxDepth: options.maxDepth ?? 6,
    maxItems: options.maxItems ?? 100,
    budget: { left: maxLength + 1 },
    seen: [],
    rawStrings: options.rawStrings ?? false,
  }, 0);
  return clipText(out, maxLength);
}

interface State {
  multiline: boolean;
  maxDepth: number;
  maxItems: number;
  budget: { left: number };
  seen: unknown[];
  rawStrings: boolean;
}

function constructorName(v: object): string {
  try {
    const proto = ReflectGetPrototypeOf(v);
    if (proto === null) return "[Object: null prototype]";
    const ctor = ReflectGetOwnPropertyDescriptor(proto, "constructor");
    // Lockdown turns `constructor` on the built-in prototypes into an accessor: read it too.
    const fn = ctor && "value" in ctor ? ctor.value : typeof ctor?.get === "function" ? ReflectApply(ctor.get, proto, []) : undefined;
    const name = typeof fn === "function" ? ReflectGetOwnPropertyDescriptor(fn, "name") : undefined;
    return name && typeof name.value === "string" ? name.value : "Object";
  } catch {
    return "Object";
  }
}

function fmt(v: unknown, s: State, depth: number): string {
  if (s.budget.left <= 0) return ELLIPSIS;
  const text = fmtInner(v, s, depth);
  s.budget.left -= text.length;
  return text;
}

function fmtInner(v: unknown, s: State, depth: number): string {
  switch (typeof v) {
    case "string":
      return depth === 0 && s.rawStrings ? clipText(v, s.budget.left) : JSONStringify(clipText(v, 5_000));
    case "number":
      return ObjectIs(v, -0) ? "-0" : `${v}`;
    case "bigint":
      return `${v}n`;
    case "undefined":
      return "undefined";
    case "boolean":
      return v ? "true" : "false";
    case "symbol":
      return SymbolPrototypeToString(v);
    case "function": {
      let name = "anonymous";
      try {
        const d = ReflectGetOwnPropertyDescriptor(v, "name");
        if (d && typeof d.value === "string" && d.value) name = d.value;
        if (StringPrototypeSlice(FunctionPrototypeToString(v), 0, 5) === "class") return `[class ${name}]`;
      } catch {}
      return `[Function ${name}]`;
    }
  }
  if (v === null) return "null";
  const o = v as object;
  for (let i = 0; i < s.seen.length; i++) if (s.seen[i] === o) return "[Circular]";
  try {
    const t = ObjectPrototypeToString(o);
    if (t === "[object Date]") {
      const time = DatePrototypeGetTime(o as Date);
      return NumberIsNaN(time) ? "Invalid Date" : DatePrototypeToISOString(o as Date);
    }
    if (t === "[object RegExp]") return RegExpPrototypeToString(o as RegExp);
    if (t === "[object Error]") {
      const e = o as Error;
      return `[${typeof e.name === "string" ? e.name : "Error"}: ${typeof e.message === "string" ? e.message : ""}]`;
    }
    if (depth >= s.maxDepth) return ArrayIsArray(o) ? "[Array]" : `[${constructorName(o)}]`;
    s.seen[s.seen.length] = o;
    try {
      return fmtContainer(o, t, s, depth);
    } finally {
      s.seen.length--;
    }
  } catch {
    return "[unprintable value]";
  }
}

function fmtContainer(o: object, t: string, s: State, depth: number): string {
  const parts: string[] = [];
  const add = (p: string) => {
    parts[parts.length] = p;
  };
  let more = 0;
  let prefix = "";
  let open = "{";
  let close = "}";
  if (ArrayIsArray(o)) {
    open = "[";
    close = "]";
    const n = o.length;
    for (let i = 0; i < n; i++) {
      if (i >= s.maxItems || s.budget.left <= 0) {
        more = n - i;
        break;
      }
      add(fmt(o[i], s, depth + 1));
    }
    const name = constructorName(o);
    if (name !== "Array") prefix = `${name} `;
  } else if (t === "[object Map]") {
    prefix = "Map ";
    let i = 0;
    MapPrototypeForEach(o as Map<unknown, unknown>, (val, key) => {
      if (i++ >= s.maxItems || s.budget.left <= 0) {
        more++;
        return;
      }
      add(`${fmt(key, s, depth + 1)} => ${fmt(val, s, depth + 1)}`);
    });
  } else if (t === "[object Set]") {
    prefix = "Set ";
    let i = 0;
    SetPrototypeForEach(o as Set<unknown>, (val) => {
      if (i++ >= s.maxItems || s.budget.left <= 0) {
        more++;
        return;
      }
      add(fmt(val, s, depth + 1));
    });
  } else {
    const name = constructorName(o);
    if (name !== "Object") prefix = `${name} `;
    const keys = ObjectKeys(o);
    for (let i = 0; i < keys.length; i++) {
      if (i >= s.maxItems || s.budget.left <= 0) {
        more = keys.length - i;
        break;
      }
      const k = keys[i] as string;
      let val: string;
      try {
        val = fmt((o as Record<string, unknown>)[k], s, depth + 1);
      } catch {
        val = "[getter threw]";
      }
      add(`${JSONStringify(k)}: ${val}`);
    }
  }
  if (more > 0) add(`… ${more} more`);
  if (parts.length === 0) return `${prefix}${open}${close}`;
  if (!s.multiline) return `${prefix}${open}${joinParts(parts, ", ")}${close}`;
  const pad = indent(depth + 1);
  return `${prefix}${open}\n${pad}${joinParts(parts, `,\n${pad}`)},\n${indent(depth)}${close}`;
}

function indent(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += "  ";
  return s;
}

function joinParts(parts: string[], sep: string): string {
  let s = "";
  for (let i = 0; i < parts.length; i++) s += (i === 0 ? "" : sep) + parts[i];
  return s;
}
