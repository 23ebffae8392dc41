import { equals, type EqualityHooks } from "./harness/equality.ts";

/**
 * `compare: "unordered"` on values copied out of the isolate: an array equals another when they
 * hold the same elements as many times each, in any order, and so do the arrays inside them;
 * anything else compares as toEqual (an object's own arrays keep their order, as they always
 * did in cases.json problems). Sorting by JSON.stringify would conflate NaN, null and
 * undefined and then compare mis-ordered neighbours, so elements are bucketed by a fingerprint
 * that equal values always share, then paired one to one by deep equality inside a bucket.
 */
export function unorderedEquals(received: unknown, expected: unknown, hooks: EqualityHooks): boolean {
  return multisetEquals(received, expected, hooks, [], []);
}

function multisetEquals(a: unknown, b: unknown, hooks: EqualityHooks, seenA: unknown[], seenB: unknown[]): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return equals(a, b, false, hooks) === true;
  if (a.length !== b.length) return false;
  // An array met again inside itself matches only the array met at the same place.
  for (let i = seenA.length - 1; i >= 0; i--) if (seenA[i] === a) return seenB[i] === b;
  seenA.push(a);
  seenB.push(b);
  try {
    const buckets = new Map<string, { items: number[]; start: number }>();
    for (let i = 0; i < a.length; i++) {
      const key = fingerprint(a[i], true, []);
      const bucket = buckets.get(key);
      if (bucket) bucket.items.push(i);
      else buckets.set(key, { items: [i], start: 0 });
    }
    const used = new Uint8Array(a.length);
    for (let j = 0; j < b.length; j++) {
      const bucket = buckets.get(fingerprint(b[j], true, []));
      if (!bucket) return false;
      let found = false;
      for (let k = bucket.start; k < bucket.items.length && !found; k++) {
        const i = bucket.items[k]!;
        if (used[i] || !multisetEquals(a[i], b[j], hooks, seenA, seenB)) continue;
        used[i] = 1;
        found = true;
      }
      if (!found) return false;
      // Values with one fingerprint are nearly always equal: skip the used ones once, not per lookup.
      while (bucket.start < bucket.items.length && used[bucket.items[bucket.start]!]) bucket.start++;
    }
    return true;
  } finally {
    seenA.pop();
    seenB.pop();
  }
}

/**
 * A string that values equal under this comparison share. Values it cannot describe exactly
 * (Maps, Dates, cycles...) get a coarse one: they land in one bucket and deep equality tells
 * them apart. `unordered`: arrays count as multisets here (arrays within arrays), not inside objects.
 */
function fingerprint(v: unknown, unordered: boolean, ancestors: object[]): string {
  switch (typeof v) {
    case "number":
      return Object.is(v, -0) ? "n-0" : `n${v}`;
    case "string":
      return `s${JSON.stringify(v)}`;
    case "bigint":
      return `b${v}`;
    case "boolean":
      return v ? "t" : "f";
    case "undefined":
      return "u";
    case "object":
      break;
    default:
      return typeof v;
  }
  if (v === null) return "0";
  if (ancestors.includes(v)) return "~";
  ancestors.push(v);
  try {
    if (Array.isArray(v)) {
      const items: string[] = [];
      // By index, as toEqual reads holes as undefined.
      for (let i = 0; i < v.length; i++) items.push(fingerprint(v[i], unordered, ancestors));
      if (unordered) items.sort();
      return `[${items.join(",")}]`;
    }
    const tag = Object.prototype.toString.call(v);
    if (tag !== "[object Object]") return tag;
    const record = v as Record<string, unknown>;
    // toEqual ignores properties whose value is undefined.
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${fingerprint(record[k], false, ancestors)}`).join(",")}}`;
  } finally {
    ancestors.pop();
  }
}

/** The value with its arrays (and arrays within them) sorted, so a failure's diff lines up. */
export function displayOrder(v: unknown, ancestors: unknown[] = []): unknown {
  if (!Array.isArray(v) || ancestors.includes(v)) return v;
  ancestors.push(v);
  const keyed = Array.from(v, (x) => ({ value: displayOrder(x, ancestors), key: fingerprint(x, true, []) }));
  ancestors.pop();
  return keyed.sort(compareForDisplay).map((k) => k.value);
}

const rank = (v: unknown) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);

/** A total order for display only: numbers by value (NaN last), then strings, then the rest by fingerprint. */
function compareForDisplay(a: { value: unknown; key: string }, b: { value: unknown; key: string }): number {
  const x = a.value;
  const y = b.value;
  const byRank = rank(x) - rank(y);
  if (byRank !== 0) return byRank;
  if (typeof x === "number" && typeof y === "number") {
    if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
    if (x !== y) return x < y ? -1 : 1;
  }
  if (typeof x === "string" && typeof y === "string") return x < y ? -1 : x > y ? 1 : 0;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
