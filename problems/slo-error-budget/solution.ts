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

function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer, got ${value}`);
}

function assertTarget(target: number): void {
  if (!(target > 0 && target < 1)) throw new RangeError(`target must be strictly between 0 and 1, got ${target}`);
}

/** Requests and errors in the complete minutes [nowMinute - windowMinutes, nowMinute). */
function windowTotals(counts: MinuteCount[], nowMinute: number, windowMinutes: number): { total: number; errors: number } {
  let total = 0;
  let errors = 0;
  for (const c of counts) {
    if (c.minute >= nowMinute - windowMinutes && c.minute < nowMinute) {
      total += c.total;
      errors += c.errors;
    }
  }
  return { total, errors };
}

/** How fast the window consumed budget: its error ratio over the allowed ratio (1 = exactly on budget). */
export function burnRate(counts: MinuteCount[], target: number, nowMinute: number, windowMinutes: number): number {
  assertTarget(target);
  assertPositiveInteger("windowMinutes", windowMinutes);
  const { total, errors } = windowTotals(counts, nowMinute, windowMinutes);
  return total === 0 ? 0 : errors / total / (1 - target);
}

/** Error budget over the SLO period and the multi-window burn-rate alerts that fire now. */
export function evaluateSlo(input: SloInput): SloReport {
  const { target, periodMinutes, nowMinute, counts, alerts } = input;
  assertTarget(target);
  assertPositiveInteger("periodMinutes", periodMinutes);
  for (const c of counts) {
    if (!(Number.isInteger(c.total) && Number.isInteger(c.errors) && c.errors >= 0 && c.errors <= c.total)) {
      throw new RangeError(`invalid count at minute ${c.minute}: ${c.errors} errors of ${c.total}`);
    }
  }

  const period = windowTotals(counts, nowMinute, periodMinutes);
  const allowedFailures = (1 - target) * period.total;
  const budgetRemaining = allowedFailures === 0 ? 1 : 1 - period.errors / allowedFailures;

  const firing: FiringAlert[] = [];
  for (const alert of alerts) {
    const longBurnRate = burnRate(counts, target, nowMinute, alert.longWindowMinutes);
    const shortBurnRate = burnRate(counts, target, nowMinute, alert.shortWindowMinutes);
    // Both windows: the long one proves it is significant, the short one that it is still happening.
    if (longBurnRate > alert.burnRateThreshold && shortBurnRate > alert.burnRateThreshold) {
      firing.push({ name: alert.name, severity: alert.severity, longBurnRate, shortBurnRate });
    }
  }
  return { totalRequests: period.total, failedRequests: period.errors, allowedFailures, budgetRemaining, firing };
}
