import { z } from "zod";

/**
 * Every judge limit: its default and its hard ceiling, in one place.
 * A problem may ask for less or more than the default, never more than the ceiling.
 */
export const LIMITS = {
  /** CPU time one test may use in the isolate (a test file may ask for its own, up to the ceiling). */
  testTimeMs: { default: 2_000, ceiling: 10_000 },
  /** Wall time of the whole submission: only a guard against a stuck run (see time-guard.ts). */
  submissionTimeMs: { default: 10_000, ceiling: 60_000 },
  /** CPU time of the whole submission. */
  cpuTimeMs: { default: 5_000, ceiling: 30_000 },
  memoryMb: { default: 64, ceiling: 512 },
  consoleBytes: { default: 64 * 1024, ceiling: 1024 * 1024 },
  resultBytes: { default: 16 * 1024, ceiling: 256 * 1024 },
  /** Virtual clock: how far the fake timers may run before a test counts as never finishing. */
  virtualTimeMs: { default: 24 * 3600_000, ceiling: 30 * 24 * 3600_000 },
  codeBytes: { default: 64 * 1024, ceiling: 256 * 1024 },
} as const;

/**
 * A worker process's resident memory ceiling (JUDGE_WORKER_MEMORY_MB): the judge's memory is
 * at most workers x this. The floor leaves room for the largest sandbox plus the worker's own
 * ~100 MB (Node, isolated-vm, the harness); a runaway 512 MB sandbox was measured near 800 MB.
 */
export const WORKER_MEMORY_MB = { default: 768, floor: LIMITS.memoryMb.ceiling + 128, ceiling: 4096 } as const;

export type LimitName = keyof typeof LIMITS;
export type Limits = { [K in LimitName]: number };

export const limitOverridesSchema = z
  .object(
    Object.fromEntries(
      Object.entries(LIMITS).map(([name, { ceiling }]) => [name, z.number().int().positive().max(ceiling).optional()]),
    ) as { [K in LimitName]: z.ZodOptional<z.ZodNumber> },
  )
  .strict();
export type LimitOverrides = z.infer<typeof limitOverridesSchema>;

export function resolveLimits(overrides: LimitOverrides = {}): Limits {
  const out = {} as Limits;
  for (const name of Object.keys(LIMITS) as LimitName[]) {
    const wanted = overrides[name] ?? LIMITS[name].default;
    out[name] = Math.min(wanted, LIMITS[name].ceiling);
  }
  return out;
}

/**
 * On a retry after a wall-clock stop that the CPU time does not explain (a busy machine, see
 * time-guard.ts), the wall guard is this many times the limit.
 */
export const LOADED_WALL_FACTOR = 6;
