export type CircuitState = "closed" | "open" | "half-open";

export class CircuitOpenError extends Error {
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number) {
    super(`Circuit is open; retry after ${retryAfterMs} ms`);
    this.name = "CircuitOpenError";
    this.retryAfterMs = retryAfterMs;
  }
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before allowing a trial call. */
  coolDownMs: number;
}

/** Fails fast while a dependency keeps failing, and probes it after a cool-down. */
export class CircuitBreaker {
  readonly #failureThreshold: number;
  readonly #coolDownMs: number;
  /** "open" here may already be half-open in time: see #currentState. */
  #state: "closed" | "open" | "half-open" = "closed";
  #failures = 0;
  #openedAt = 0;
  #trialInFlight = false;
  /** Bumped on every transition, so outcomes of calls that started earlier are ignored. */
  #generation = 0;

  constructor(options: CircuitBreakerOptions) {
    const { failureThreshold, coolDownMs } = options;
    if (!Number.isInteger(failureThreshold) || failureThreshold < 1) {
      throw new RangeError(`failureThreshold must be a positive integer, got ${failureThreshold}`);
    }
    if (!Number.isFinite(coolDownMs) || coolDownMs <= 0) {
      throw new RangeError(`coolDownMs must be a positive finite number, got ${coolDownMs}`);
    }
    this.#failureThreshold = failureThreshold;
    this.#coolDownMs = coolDownMs;
  }

  get state(): CircuitState {
    return this.#currentState();
  }

  async call<T>(fn: () => Promise<T>): Promise<T> {
    const state = this.#currentState();
    if (state === "open") {
      throw new CircuitOpenError(this.#openedAt + this.#coolDownMs - Date.now());
    }
    if (state === "half-open") {
      if (this.#trialInFlight) throw new CircuitOpenError(0);
      this.#trialInFlight = true;
    }

    const generation = this.#generation;
    let value: T;
    try {
      value = await fn();
    } catch (error) {
      if (generation === this.#generation) this.#onFailure();
      throw error;
    }
    if (generation === this.#generation) this.#onSuccess();
    return value;
  }

  #currentState(): CircuitState {
    if (this.#state === "open" && Date.now() - this.#openedAt >= this.#coolDownMs) {
      this.#transition("half-open");
    }
    return this.#state;
  }

  #onSuccess(): void {
    if (this.#state === "half-open") this.#transition("closed");
    else this.#failures = 0;
  }

  #onFailure(): void {
    if (this.#state === "half-open") {
      this.#open();
      return;
    }
    this.#failures++;
    if (this.#failures >= this.#failureThreshold) this.#open();
  }

  #open(): void {
    this.#transition("open");
    this.#openedAt = Date.now();
  }

  #transition(to: CircuitState): void {
    this.#state = to;
    this.#failures = 0;
    this.#trialInFlight = false;
    this.#generation++;
  }
}
