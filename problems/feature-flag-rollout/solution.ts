export interface FlagConfig {
  key: string;
  /** The kill switch: false turns the flag off for everyone. */
  enabled: boolean;
  /** 0–100, at most two decimals. */
  rolloutPercent: number;
  allow?: string[];
  deny?: string[];
}

export type DecisionReason = "disabled" | "denied" | "allowed" | "rollout";

export interface Decision {
  on: boolean;
  reason: DecisionReason;
  /** Only for reason "rollout": the user's bucket, 0–9999. */
  bucket?: number;
}

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BUCKETS = 10_000;

/** 32-bit FNV-1a over UTF-16 code units. Math.imul keeps the product exact modulo 2^32. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/** Decides whether the flag is on for the user: kill switch, deny list, allow list, then a stable percentage. */
export function evaluateFlag(flag: FlagConfig, userId: string): Decision {
  if (!(flag.rolloutPercent >= 0 && flag.rolloutPercent <= 100)) {
    throw new RangeError(`rolloutPercent must be between 0 and 100, got ${flag.rolloutPercent}`);
  }
  if (!flag.enabled) return { on: false, reason: "disabled" };
  if (flag.deny?.includes(userId)) return { on: false, reason: "denied" };
  if (flag.allow?.includes(userId)) return { on: true, reason: "allowed" };
  const bucket = fnv1a32(`${flag.key}:${userId}`) % BUCKETS;
  // rolloutPercent has at most two decimals, so this is an exact bucket count (1.1 * 100 is 110.00000000000001).
  const threshold = Math.round(flag.rolloutPercent * 100);
  return { on: bucket < threshold, reason: "rollout", bucket };
}
