export interface MinuteCount {
  /** Minutes since the epoch; the count covers [minute, minute + 1). */
  minute: number;
  total: number;
  errors: number;
}

export interface BurnRateAlert {
  name: string;
  severity: "page" | "ticket";
  longWindowMinutes: number;
  shortWindowMinutes: number;
  burnRateThreshold: number;
}

export interface SloInput {
  /** The fraction of requests that must succeed, e.g. 0.999. */
  target: number;
  periodMinutes: number;
  nowMinute: number;
  counts: MinuteCount[];
  alerts: BurnRateAlert[];
}

export interface FiringAlert {
  name: string;
  severity: "page" | "ticket";
  longBurnRate: number;
  shortBurnRate: number;
}

export interface SloReport {
  totalRequests: number;
  failedRequests: number;
  allowedFailures: number;
  budgetRemaining: number;
  firing: FiringAlert[];
}

/** How fast the window consumed budget: its error ratio over the allowed ratio (1 = exactly on budget). */
export function burnRate(counts: MinuteCount[], target: number, nowMinute: number, windowMinutes: number): number {
  throw new Error("Not implemented");
}

/** Error budget over the SLO period and the multi-window burn-rate alerts that fire now. */
export function evaluateSlo(input: SloInput): SloReport {
  throw new Error("Not implemented");
}
