import { describe, expect, it, jest } from "@jest/globals";
import { CircuitBreaker, CircuitOpenError } from "./solution";

const failing = (message: string) => async (): Promise<never> => {
  throw new Error(message);
};
const succeeding =
  <T>(value: T) =>
  async (): Promise<T> =>
    value;

describe("CircuitBreaker (samples)", () => {
  it("opens after failureThreshold consecutive failures and then fails fast", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000 });
    for (let i = 0; i < 3; i++) await expect(breaker.call(failing("503"))).rejects.toThrow("503");
    expect(breaker.state).toBe("open");

    const fn = jest.fn(succeeding("recommendations"));
    jest.advanceTimersByTime(4_000);
    const error = await breaker.call(fn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as CircuitOpenError).retryAfterMs).toBe(6_000);
    expect(fn).not.toHaveBeenCalled();
  });

  it("lets a trial call through after the cool-down, and closes when it succeeds", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 10_000 });
    await expect(breaker.call(failing("timeout"))).rejects.toThrow("timeout");
    jest.advanceTimersByTime(10_000);
    expect(breaker.state).toBe("half-open");
    await expect(breaker.call(succeeding("ok"))).resolves.toBe("ok");
    expect(breaker.state).toBe("closed");
  });

  it("counts consecutive failures only: a success resets the count", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1_000 });
    await expect(breaker.call(failing("a"))).rejects.toThrow("a");
    await expect(breaker.call(failing("b"))).rejects.toThrow("b");
    await expect(breaker.call(succeeding(1))).resolves.toBe(1);
    await expect(breaker.call(failing("c"))).rejects.toThrow("c");
    await expect(breaker.call(failing("d"))).rejects.toThrow("d");
    expect(breaker.state).toBe("closed");
  });
});
