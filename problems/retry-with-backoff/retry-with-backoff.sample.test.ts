import { describe, expect, it, jest } from "@jest/globals";
import { retry } from "./solution";

/** An operation that fails with the given errors in turn, then resolves with `value`; records when each attempt started. */
function flaky<T>(failures: Error[], value: T) {
  const t0 = Date.now();
  const startedAt: number[] = [];
  const operation = async (attempt: number): Promise<T> => {
    startedAt.push(Date.now() - t0);
    const error = failures[attempt - 1];
    if (error) throw error;
    return value;
  };
  return { operation, startedAt };
}

describe("retry (samples)", () => {
  it("retries after jittered, doubling delays until the call succeeds", async () => {
    const { operation, startedAt } = flaky([new Error("503"), new Error("503")], "charged");
    const result = retry(operation, { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.5 });
    await jest.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toBe("charged");
    expect(startedAt).toEqual([0, 50, 150]);
  });

  it("gives up after maxAttempts with the last attempt's error", async () => {
    const { operation, startedAt } = flaky([new Error("first"), new Error("second"), new Error("third")], "never");
    const result = retry(operation, { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.99 });
    const assertion = expect(result).rejects.toThrow("third");
    await jest.advanceTimersByTimeAsync(10_000);
    await assertion;
    expect(startedAt).toEqual([0, 99, 297]);
  });

  it("does not retry an error that isRetryable rejects", async () => {
    const { operation, startedAt } = flaky([new Error("400 bad request")], "never");
    const result = retry(operation, {
      maxAttempts: 5,
      baseDelayMs: 100,
      maxDelayMs: 1_000,
      random: () => 0.5,
      isRetryable: (error) => !(error instanceof Error && error.message.startsWith("4")),
    });
    const assertion = expect(result).rejects.toThrow("400 bad request");
    await jest.advanceTimersByTimeAsync(10_000);
    await assertion;
    expect(startedAt).toEqual([0]);
  });
});
