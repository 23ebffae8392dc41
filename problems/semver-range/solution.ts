interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
}

type Operator = "<" | "<=" | ">" | ">=" | "=";

interface Comparator {
  operator: Operator;
  version: SemVer;
}

const NUM = "0|[1-9]\\d*";
const PRE_ID = `(?:${NUM}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const PRERELEASE = `(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?`;
const BUILD = "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?";
const FULL = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})${PRERELEASE}${BUILD}$`);
const XR = `(${NUM}|[xX*])`;
const PARTIAL = new RegExp(`^v?${XR}(?:\\.${XR}(?:\\.${XR}${PRERELEASE}${BUILD})?)?$`);

function parsePrerelease(text: string | undefined): (string | number)[] {
  return text === undefined ? [] : text.split(".").map((id) => (/^\d+$/.test(id) ? Number(id) : id));
}

function parseVersion(text: string): SemVer {
  const m = FULL.exec(text.trim());
  if (!m) throw new TypeError(`Invalid version: ${text}`);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: parsePrerelease(m[4]) };
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1; // numeric identifiers sort before alphanumeric ones
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SemVer 2.0.0 precedence (build metadata ignored). */
function compare(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return core;
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const c = compareIds(a.prerelease[i]!, b.prerelease[i]!);
    if (c !== 0) return c;
  }
  return a.prerelease.length - b.prerelease.length;
}

function test(c: Comparator, v: SemVer): boolean {
  const d = compare(v, c.version);
  switch (c.operator) {
    case "<":
      return d < 0;
    case "<=":
      return d <= 0;
    case ">":
      return d > 0;
    case ">=":
      return d >= 0;
    case "=":
      return d === 0;
  }
}

const v = (major: number, minor: number, patch: number, prerelease: (string | number)[] = []): SemVer => ({ major, minor, patch, prerelease });
const ANY: Comparator[] = [];
const NONE: Comparator[] = [{ operator: "<", version: v(0, 0, 0, [0]) }];

/** One range token (operator + partial version) as plain comparators. */
function desugar(token: string): Comparator[] {
  const [, op = "", rest = ""] = /^(<=|>=|<|>|=|~|\^)?(.*)$/.exec(token)!;
  const m = PARTIAL.exec(rest);
  if (!m) throw new TypeError(`Invalid range: bad comparator "${token}"`);
  const isX = (part: string | undefined) => part === undefined || /^[xX*]$/.test(part);
  const [xMajor, xMinor, xPatch] = [isX(m[1]), isX(m[2]), isX(m[3])];
  const major = xMajor ? 0 : Number(m[1]);
  const minor = xMinor ? 0 : Number(m[2]);
  const patch = xPatch ? 0 : Number(m[3]);
  const pre = parsePrerelease(m[4]);
  const lower = v(major, minor, patch, pre);
  const gte = (version: SemVer): Comparator => ({ operator: ">=", version });
  const lt = (version: SemVer): Comparator => ({ operator: "<", version });

  switch (op) {
    case "^":
      if (xMajor) return ANY;
      if (major > 0 || xMinor) return [gte(lower), lt(v(major + 1, 0, 0))];
      if (minor > 0 || xPatch) return [gte(lower), lt(v(0, minor + 1, 0))];
      return [gte(lower), lt(v(0, 0, patch + 1))];
    case "~":
      if (xMajor) return ANY;
      if (xMinor) return [gte(lower), lt(v(major + 1, 0, 0))];
      return [gte(lower), lt(v(major, minor + 1, 0))];
    default: {
      if (!xMajor && !xMinor && !xPatch) return [{ operator: (op || "=") as Operator, version: lower }];
      // The first version past the wildcard: 1.x → 2.0.0, 1.2.x → 1.3.0.
      const next = xMinor ? v(major + 1, 0, 0) : v(major, minor + 1, 0);
      switch (op) {
        case ">":
          return xMajor ? NONE : [gte(next)];
        case ">=":
          return xMajor ? ANY : [gte(lower)];
        case "<":
          return xMajor ? NONE : [lt(lower)];
        case "<=":
          return xMajor ? ANY : [lt(next)];
        default:
          return xMajor ? ANY : [gte(lower), lt(next)];
      }
    }
  }
}

function parseRange(range: string): Comparator[][] {
  return range.split("||").map((set) => {
    const tokens = set
      .trim()
      .replace(/(<=|>=|<|>|=|~|\^)\s+/g, "$1")
      .split(/\s+/)
      .filter((t) => t !== "");
    return tokens.flatMap(desugar);
  });
}

/** A prerelease only matches a set that names a prerelease of the same major.minor.patch. */
function satisfiesSet(set: Comparator[], version: SemVer): boolean {
  if (!set.every((c) => test(c, version))) return false;
  if (version.prerelease.length === 0) return true;
  return set.some(
    (c) =>
      c.version.prerelease.length > 0 &&
      c.version.major === version.major &&
      c.version.minor === version.minor &&
      c.version.patch === version.patch,
  );
}

/** Whether `version` satisfies the npm-style `range`. */
export function satisfies(version: string, range: string): boolean {
  const parsed = parseVersion(version);
  return parseRange(range).some((set) => satisfiesSet(set, parsed));
}
