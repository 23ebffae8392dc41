/** Tokens are counted in thousandths, so refills at integer rates per second are exact per millisecond. */
const MILLI = 1000;

/** A token bucket: bursts up to `capacity`, refilled continuously at `refillPerSecond`. */
export class TokenBucket {
  readonly #capacityMilli: number;
  /** Milli-tokens gained per millisecond: tokens per second. */
  readonly #refillPerSecond: number;
  #milliTokens: number;
  #lastRefillMs: number;

  constructor(capacity: number, refillPerSecond: number) {
    if (!Number.isFinite(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive finite number, got ${capacity}`);
    }
    if (!Number.isFinite(refillPerSecond) || refillPerSecond < 0) {
      throw new RangeError(`refillPerSecond must be a non-negative finite number, got ${refillPerSecond}`);
    }
    this.#capacityMilli = capacity * MILLI;
    this.#refillPerSecond = refillPerSecond;
    this.#milliTokens = this.#capacityMilli;
    this.#lastRefillMs = Date.now();
  }

  /** Takes `n` tokens if available and returns true; otherwise takes nothing and returns false. */
  tryRemove(n = 1): boolean {
    if (!Number.isFinite(n) || n <= 0) {
      throw new RangeError(`n must be a positive finite number, got ${n}`);
    }
    this.#refill();
    const wanted = n * MILLI;
    if (wanted > this.#milliTokens) return false;
    this.#milliTokens -= wanted;
    return true;
  }

  /** The current number of tokens (possibly fractional). */
  available(): number {
    this.#refill();
    return this.#milliTokens / MILLI;
  }

  #refill(): void {
    const now = Date.now();
    // A clock that moves backwards counts as no time passing.
    const elapsedMs = Math.max(0, now - this.#lastRefillMs);
    this.#lastRefillMs = now;
    this.#milliTokens = Math.min(this.#capacityMilli, this.#milliTokens + elapsedMs * this.#refillPerSecond);
  }
}
