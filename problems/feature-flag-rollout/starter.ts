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

/** Decides whether the flag is on for the user: kill switch, deny list, allow list, then a stable percentage. */
export function evaluateFlag(flag: FlagConfig, userId: string): Decision {
  // Placeholder: a random rollout, different on every call, which is exactly what must not happen.
  void userId;
  return { on: flag.enabled && Math.random() * 100 < flag.rolloutPercent, reason: "rollout" };
}
