import { describe, expect, it, jest } from "@jest/globals";
import { CircuitBreaker, CircuitOpenError } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const failing =
  (message: string, ms = 0) =>
  async (): Promise<never> => {
    if (ms > 0) await sleep(ms);
    throw new Error(message);
  };
const succeeding =
  <T>(value: T, ms = 0) =>
  async (): Promise<T> => {
    if (ms > 0) await sleep(ms);
    return value;
  };

/** Settles a promise into a value, so a rejection never goes unhandled while the clock moves. */
const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

async function openBreaker(failureThreshold: number, coolDownMs: number): Promise<CircuitBreaker> {
  const breaker = new CircuitBreaker({ failureThreshold, coolDownMs });
  for (let i = 0; i < failureThreshold; i++) await settle(breaker.call(failing("down")));
  expect(breaker.state).toBe("open");
  return breaker;
}

async function retryAfter(breaker: CircuitBreaker): Promise<number> {
  const outcome = await settle(breaker.call(succeeding("x")));
  if (outcome.ok) throw new Error("expected the breaker to reject");
  expect(outcome.error).toBeInstanceOf(CircuitOpenError);
  return (outcome.error as CircuitOpenError).retryAfterMs;
}

describe("CircuitBreaker: closed", () => {
  it("opens on exactly the threshold-th failure", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 1_000 });
    await settle(breaker.call(failing("1")));
    expect(breaker.state).toBe("closed");
    await settle(breaker.call(failing("2")));
    expect(breaker.state).toBe("open");
  });

  it("resets the failure count on every success", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1_000 });
    for (const outcome of ["fail", "fail", "ok", "fail", "fail", "ok", "fail", "fail"]) {
      await settle(breaker.call(outcome === "ok" ? succeeding(1) : failing("x")));
    }
    expect(breaker.state).toBe("closed");
    await settle(breaker.call(failing("third in a row")));
    expect(breaker.state).toBe("open");
  });

  it("hands callers their own value or the very same error", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 5, coolDownMs: 1_000 });
    const boom = new Error("boom");
    const outcome = await settle(
      breaker.call(async () => {
        throw boom;
      }),
    );
    expect(outcome).toEqual({ ok: false, error: boom });
    expect(outcome.ok ? undefined : outcome.error).toBe(boom);
    const value = { items: [1, 2] };
    const ok = await settle(breaker.call(async () => value));
    expect(ok.ok && ok.value).toBe(value);
  });

  it("treats a function that throws synchronously as a failure, and rejects instead of throwing", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000 });
    const throwsNow = (): Promise<number> => {
      throw new Error("sync boom");
    };
    let promise: Promise<number> | undefined;
    expect(() => {
      promise = breaker.call(throwsNow);
    }).not.toThrow();
    await expect(promise).rejects.toThrow("sync boom");
    expect(breaker.state).toBe("open");
  });
});

describe("CircuitBreaker: open", () => {
  it("rejects without calling fn, with retryAfterMs counting down to the end of the cool-down", async () => {
    const breaker = await openBreaker(1, 10_000);
    const fn = jest.fn(succeeding("x"));
    await expect(breaker.call(fn)).rejects.toThrow(CircuitOpenError);
    expect(fn).not.toHaveBeenCalled();
    expect(await retryAfter(breaker)).toBe(10_000);
    jest.advanceTimersByTime(2_500);
    expect(await retryAfter(breaker)).toBe(7_500);
    jest.advanceTimersByTime(7_499);
    expect(await retryAfter(breaker)).toBe(1);
  });

  it("reads half-open exactly when the cool-down has elapsed, without any call", async () => {
    const breaker = await openBreaker(3, 5_000);
    jest.advanceTimersByTime(4_999);
    expect(breaker.state).toBe("open");
    jest.advanceTimersByTime(1);
    expect(breaker.state).toBe("half-open");
  });

  it("CircuitOpenError is an Error with its own name", async () => {
    const breaker = await openBreaker(1, 1_000);
    const outcome = await settle(breaker.call(succeeding(1)));
    expect(outcome.ok).toBe(false);
    const error = outcome.ok ? undefined : outcome.error;
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as Error).name).toBe("CircuitOpenError");
  });
});

describe("CircuitBreaker: half-open", () => {
  it("re-opens with a fresh cool-down, measured from the trial's failure", async () => {
    const breaker = await openBreaker(1, 10_000);
    jest.advanceTimersByTime(10_000);
    const trial = settle(breaker.call(failing("still down", 50)));
    await jest.advanceTimersByTimeAsync(50);
    expect((await trial).ok).toBe(false);
    expect(breaker.state).toBe("open");
    expect(await retryAfter(breaker)).toBe(10_000);
    jest.advanceTimersByTime(9_999);
    expect(breaker.state).toBe("open");
    jest.advanceTimersByTime(1);
    expect(breaker.state).toBe("half-open");
  });

  it("allows a single trial at a time; other calls fail fast with retryAfterMs 0", async () => {
    const breaker = await openBreaker(1, 1_000);
    jest.advanceTimersByTime(1_000);
    const trialFn = jest.fn(succeeding("probe", 100));
    const trial = settle(breaker.call(trialFn));
    const others = jest.fn(succeeding("other"));
    const second = await settle(breaker.call(others));
    expect(second.ok).toBe(false);
    expect(second.ok ? undefined : second.error).toBeInstanceOf(CircuitOpenError);
    expect(second.ok ? -1 : (second.error as CircuitOpenError).retryAfterMs).toBe(0);
    expect(others).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(100);
    expect(await trial).toEqual({ ok: true, value: "probe" });
    expect(trialFn).toHaveBeenCalledTimes(1);
    expect(breaker.state).toBe("closed");
    await expect(breaker.call(others)).resolves.toBe("other");
  });

  it("starts counting from zero again after closing", async () => {
    const breaker = await openBreaker(3, 1_000);
    jest.advanceTimersByTime(1_000);
    await breaker.call(succeeding("ok"));
    await settle(breaker.call(failing("1")));
    await settle(breaker.call(failing("2")));
    expect(breaker.state).toBe("closed");
    await settle(breaker.call(failing("3")));
    expect(breaker.state).toBe("open");
  });

  it("a synchronous throw from the trial re-opens the circuit", async () => {
    const breaker = await openBreaker(1, 1_000);
    jest.advanceTimersByTime(1_000);
    await settle(
      breaker.call((): Promise<void> => {
        throw new Error("sync");
      }),
    );
    expect(breaker.state).toBe("open");
    expect(await retryAfter(breaker)).toBe(1_000);
  });
});

describe("CircuitBreaker: late outcomes", () => {
  it("ignores a failure from a call that started before the circuit opened", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 10_000 });
    const slow = settle(breaker.call(failing("slow", 5_000)));
    const a = settle(breaker.call(failing("a", 10)));
    const b = settle(breaker.call(failing("b", 20)));
    await jest.advanceTimersByTimeAsync(20);
    await Promise.all([a, b]);
    expect(breaker.state).toBe("open"); // opened at t = 20
    await jest.advanceTimersByTimeAsync(4_980);
    expect((await slow).ok).toBe(false); // t = 5000: must not restart the cool-down
    expect(await retryAfter(breaker)).toBe(5_020);
    await jest.advanceTimersByTimeAsync(5_020);
    expect(breaker.state).toBe("half-open");
  });

  it("ignores a success from a call that started before the circuit opened", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 10_000 });
    const slow = settle(breaker.call(succeeding("slow", 500)));
    await settle(breaker.call(failing("a")));
    await settle(breaker.call(failing("b")));
    expect(breaker.state).toBe("open");
    await jest.advanceTimersByTimeAsync(500);
    expect(await slow).toEqual({ ok: true, value: "slow" });
    expect(breaker.state).toBe("open");
  });

  it("does not let an old call's failure cut a half-open trial short", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000 });
    const slow = settle(breaker.call(failing("slow", 1_500)));
    await settle(breaker.call(failing("fast")));
    expect(breaker.state).toBe("open");
    await jest.advanceTimersByTimeAsync(1_000);
    const trial = settle(breaker.call(succeeding("probe", 1_000)));
    await jest.advanceTimersByTimeAsync(500); // t = 1500: the old call fails now
    expect((await slow).ok).toBe(false);
    expect(breaker.state).toBe("half-open");
    await jest.advanceTimersByTimeAsync(500);
    expect(await trial).toEqual({ ok: true, value: "probe" });
    expect(breaker.state).toBe("closed");
  });
});

describe("CircuitBreaker: options", () => {
  it.each([
    { failureThreshold: 0, coolDownMs: 1_000 },
    { failureThreshold: 2.5, coolDownMs: 1_000 },
    { failureThreshold: 3, coolDownMs: 0 },
    { failureThreshold: 3, coolDownMs: Number.NaN },
    { failureThreshold: 3, coolDownMs: Number.POSITIVE_INFINITY },
  ])("rejects %p with a RangeError", (options) => {
    expect(() => new CircuitBreaker(options)).toThrow(RangeError);
  });
});
