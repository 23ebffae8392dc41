/** A token bucket: bursts up to `capacity`, refilled continuously at `refillPerSecond`. */
export class TokenBucket {
  constructor(capacity: number, refillPerSecond: number) {
    void capacity;
    void refillPerSecond;
  }

  /** Takes `n` tokens if available and returns true; otherwise takes nothing and returns false. */
  tryRemove(n = 1): boolean {
    throw new Error("Not implemented");
  }

  /** The current number of tokens (possibly fractional). */
  available(): number {
    throw new Error("Not implemented");
  }
}
