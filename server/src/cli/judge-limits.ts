import { z } from "zod";
import { LIMITS, type LimitOverrides, resolveLimits } from "../judge/limits.ts";
import { UsageError } from "./io.ts";

/** Jest's own default timeout: plain Jest files are judged as Jest would run them. */
export const JEST_TEST_TIMEOUT_MS = 5_000;

export interface LimitFlags {
  "time-limit"?: string | undefined;
  "memory-limit"?: string | undefined;
}

function limitFlag(flag: string, unit: string, ceiling: number): (value: string | undefined) => number | undefined {
  // Digits only: "1e3", "0x10" or "2.5" would be numbers to zod's coercion, but not what anyone means.
  const schema = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().positive().max(ceiling));
  return (value) => {
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new UsageError(`${flag} takes a whole number of ${unit} from 1 to ${ceiling}, not "${value}"`);
    return parsed.data;
  };
}

const timeLimit = limitFlag("--time-limit", "milliseconds", LIMITS.testTimeMs.ceiling);
const memoryLimit = limitFlag("--memory-limit", "megabytes", LIMITS.memoryMb.ceiling);

/** Throws a UsageError on a bad flag; call it before any slow work so bad usage fails fast. */
export function parseLimitFlags(flags: LimitFlags): { testTimeMs?: number; memoryMb?: number } {
  const testTimeMs = timeLimit(flags["time-limit"]);
  const memoryMb = memoryLimit(flags["memory-limit"]);
  return { ...(testTimeMs === undefined ? {} : { testTimeMs }), ...(memoryMb === undefined ? {} : { memoryMb }) };
}

/** The `base` limits (a problem's own, or Jest's defaults) with the flags' overrides on top. */
export function withLimitFlags(base: LimitOverrides, flags: { testTimeMs?: number; memoryMb?: number }): LimitOverrides {
  const limits: LimitOverrides = { ...base, ...flags };
  if (flags.testTimeMs !== undefined) {
    // The submission-wide wall clock and CPU budget must not cut one test short of the time asked for.
    const resolved = resolveLimits(limits);
    limits.submissionTimeMs = Math.max(resolved.submissionTimeMs, flags.testTimeMs);
    limits.cpuTimeMs = Math.max(resolved.cpuTimeMs, flags.testTimeMs);
  }
  return limits;
}
