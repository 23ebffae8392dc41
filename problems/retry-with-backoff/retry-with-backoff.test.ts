import { describe, expect, it, jest } from "@jest/globals";
import { type RetryOptions, retry } from "./solution";

/** Fails `failCount` times (error i is `fail-i`), then resolves with `value`; records attempt numbers and start times. */
function flaky<T>(failCount: number, value: T) {
  const t0 = Date.now();
  const startedAt: number[] = [];
  const attempts: number[] = [];
  const errors: Error[] = [];
  const operation = async (attempt: number): Promise<T> => {
    startedAt.push(Date.now() - t0);
    attempts.push(attempt);
    if (attempts.length <= failCount) {
      const error = new Error(`fail-${attempts.length}`);
      errors.push(error);
      throw error;
    }
    return value;
  };
  return { operation, startedAt, attempts, errors };
}

const always = (value: number) => () => value;

describe("retry: backoff schedule", () => {
  it("doubles the cap from baseDelayMs and clamps it at maxDelayMs", async () => {
    const { operation, startedAt } = flaky(100, "never");
    const result = retry(operation, { maxAttempts: 7, baseDelayMs: 100, maxDelayMs: 1_000, random: always(0.999999) });
    const assertion = expect(result).rejects.toThrow("fail-7");
    await jest.advanceTimersByTimeAsync(60_000);
    await assertion;
    // caps 100, 200, 400, 800, 1000, 1000 → delays 99, 199, 399, 799, 999, 999
    expect(startedAt).toEqual([0, 99, 298, 697, 1496, 2495, 3494]);
  });

  it("draws a fresh random value for every wait", async () => {
    const values = [0.1, 0.9, 0.5];
    const random = jest.fn(() => values.shift() ?? 0);
    const { operation, startedAt } = flaky(3, "ok");
    const result = retry(operation, { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 10_000, random });
    await jest.advanceTimersByTimeAsync(60_000);
    await expect(result).resolves.toBe("ok");
    // caps 1000, 2000, 4000 → delays 100, 1800, 2000
    expect(startedAt).toEqual([0, 100, 1_900, 3_900]);
    expect(random).toHaveBeenCalledTimes(3);
  });

  it("rounds each delay down to a whole millisecond", async () => {
    const { operation, startedAt } = flaky(2, "ok");
    const result = retry(operation, { maxAttempts: 3, baseDelayMs: 3, maxDelayMs: 100, random: always(0.5) });
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toBe("ok");
    // caps 3, 6 → delays floor(1.5) = 1, 3
    expect(startedAt).toEqual([0, 1, 4]);
  });

  it("never starts the next attempt before its delay has elapsed", async () => {
    const { operation, attempts } = flaky(1, "ok");
    const result = retry(operation, { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 100, random: always(0.5) });
    await jest.advanceTimersByTimeAsync(49);
    expect(attempts).toEqual([1]);
    await jest.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual([1, 2]);
    await expect(result).resolves.toBe("ok");
  });

  it("retries at once when the cap is 0, still calling random once per wait", async () => {
    const random = jest.fn(() => 0.7);
    const { operation, startedAt } = flaky(2, "ok");
    const result = retry(operation, { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 1_000, random });
    await jest.advanceTimersByTimeAsync(10);
    await expect(result).resolves.toBe("ok");
    expect(startedAt).toEqual([0, 0, 0]);
    expect(random).toHaveBeenCalledTimes(2);
  });

  it("keeps the cap at maxDelayMs for long retry sequences", async () => {
    const { operation, startedAt } = flaky(49, "finally");
    const result = retry(operation, { maxAttempts: 50, baseDelayMs: 1, maxDelayMs: 1_000, random: always(0.5) });
    await jest.advanceTimersByTimeAsync(100_000);
    await expect(result).resolves.toBe("finally");
    expect(startedAt).toHaveLength(50);
    // caps 1, 2, 4, ..., 512, then 1000 from the 11th wait on → delays 0, 1, 2, ..., 256, then 500 each
    expect(startedAt[10]).toBe(511);
    expect(startedAt[49]).toBe(511 + 39 * 500);
  });
});

describe("retry: when to give up", () => {
  it("passes the attempt number, starting at 1", async () => {
    const { operation, attempts } = flaky(3, "ok");
    const result = retry(operation, { maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 100, random: always(0) });
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toBe("ok");
    expect(attempts).toEqual([1, 2, 3, 4]);
  });

  it("does not call random before the first attempt or after the final failure", async () => {
    const random = jest.fn(() => 0.5);
    const { operation } = flaky(10, "never");
    const result = retry(operation, { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, random });
    const assertion = expect(result).rejects.toThrow("fail-3");
    expect(random).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(1_000);
    await assertion;
    expect(random).toHaveBeenCalledTimes(2);
  });

  it("rejects with the very error object of the last attempt", async () => {
    const { operation, errors } = flaky(10, "never");
    const result = retry(operation, { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 100, random: always(0.5) });
    const settled = result.then(
      () => undefined,
      (error: unknown) => error,
    );
    await jest.advanceTimersByTimeAsync(1_000);
    const reason = await settled;
    expect(errors.length).toBe(2);
    expect(reason).toBe(errors[1]);
  });

  it("with maxAttempts 1, calls once and never waits", async () => {
    const random = jest.fn(() => 0.5);
    const { operation, attempts } = flaky(1, "never");
    const assertion = expect(retry(operation, { maxAttempts: 1, baseDelayMs: 100, maxDelayMs: 100, random })).rejects.toThrow("fail-1");
    await jest.advanceTimersByTimeAsync(1_000);
    await assertion;
    expect(attempts).toEqual([1]);
    expect(random).toHaveBeenCalledTimes(0);
  });

  it("asks isRetryable with the error and the attempt, and stops when it says no", async () => {
    const { operation, startedAt, errors } = flaky(10, "never");
    const isRetryable = jest.fn((_error: unknown, attempt: number) => attempt < 2);
    const result = retry(operation, { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, random: always(0.5), isRetryable });
    const assertion = expect(result).rejects.toThrow("fail-2");
    await jest.advanceTimersByTimeAsync(10_000);
    await assertion;
    expect(startedAt).toEqual([0, 50]);
    expect(isRetryable).toHaveBeenCalledTimes(2);
    expect(isRetryable).toHaveBeenNthCalledWith(1, errors[0], 1);
    expect(isRetryable).toHaveBeenNthCalledWith(2, errors[1], 2);
  });

  it("treats an operation that throws synchronously as a failed attempt", async () => {
    let calls = 0;
    const operation = (attempt: number): Promise<string> => {
      calls++;
      if (attempt === 1) throw new Error("socket hang up");
      return Promise.resolve("recovered");
    };
    const result = retry(operation, { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, random: always(0.5) });
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toBe("recovered");
    expect(calls).toBe(2);
  });

  it.each([0, undefined, "", null, false])("resolves with a falsy result (%p) without retrying", async (value) => {
    const { operation, attempts } = flaky(0, value);
    const result = retry(operation, { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, random: always(0.5) });
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toBe(value);
    expect(attempts).toEqual([1]);
  });
});

describe("retry: options", () => {
  const valid: RetryOptions = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 };
  it.each([
    { maxAttempts: 0 },
    { maxAttempts: 1.5 },
    { maxAttempts: Number.NaN },
    { baseDelayMs: -1 },
    { maxDelayMs: Number.POSITIVE_INFINITY },
    { baseDelayMs: Number.NaN },
  ])("rejects %p with a RangeError before calling the operation", async (override) => {
    const operation = jest.fn(async () => "x");
    await expect(retry(operation, { ...valid, ...override })).rejects.toThrow(RangeError);
    expect(operation).toHaveBeenCalledTimes(0);
  });
});
