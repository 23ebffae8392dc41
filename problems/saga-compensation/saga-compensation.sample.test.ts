import { describe, expect, it, jest } from "@jest/globals";
import { runSaga, type SagaStep } from "./solution";

type Ctx = { log: string[] };

describe("runSaga (samples)", () => {
  it("runs every step in order and reports completion", async () => {
    const ctx: Ctx = { log: [] };
    const steps: SagaStep<Ctx>[] = [
      { name: "reserve-seat", run: async (c) => void c.log.push("reserve"), compensate: async (c) => void c.log.push("release") },
      { name: "charge-card", run: async (c) => void c.log.push("charge"), compensate: async (c) => void c.log.push("refund") },
    ];
    await expect(runSaga(steps, ctx)).resolves.toEqual({ status: "completed", completed: ["reserve-seat", "charge-card"] });
    expect(ctx.log).toEqual(["reserve", "charge"]);
  });

  it("compensates completed steps in reverse order, each with its own output", async () => {
    const ctx: Ctx = { log: [] };
    const failure = new Error("ticketing system down");
    const steps: SagaStep<Ctx>[] = [
      { name: "reserve-seat", run: async () => "seat-12A", compensate: async (c, seat) => void c.log.push(`release ${seat}`) },
      { name: "charge-card", run: async () => "ch_42", compensate: async (c, charge) => void c.log.push(`refund ${charge}`) },
      { name: "send-email", run: async () => "mail-1" },
      {
        name: "issue-ticket",
        run: async () => {
          throw failure;
        },
        compensate: async (c) => void c.log.push("void ticket"),
      },
    ];
    const report = await runSaga(steps, ctx);
    expect(report).toEqual({
      status: "compensated",
      failedStep: "issue-ticket",
      error: failure,
      completed: ["reserve-seat", "charge-card", "send-email"],
      compensated: ["charge-card", "reserve-seat"],
    });
    expect(ctx.log).toEqual(["refund ch_42", "release seat-12A"]);
  });

  it("retries a failing compensation, then reports it and carries on", async () => {
    const ctx: Ctx = { log: [] };
    const refund = jest.fn(async () => {
      throw new Error("payment provider unavailable");
    });
    const steps: SagaStep<Ctx>[] = [
      { name: "reserve-seat", run: async () => "seat-3C", compensate: async (c, seat) => void c.log.push(`release ${seat}`) },
      { name: "charge-card", run: async () => "ch_7", compensate: refund },
      {
        name: "issue-ticket",
        run: async () => {
          throw new Error("ticketing system down");
        },
      },
    ];
    const report = runSaga(steps, ctx, { compensationAttempts: 2, compensationRetryDelayMs: 500 });
    await jest.advanceTimersByTimeAsync(1_000);
    const result = await report;
    expect(result.status).toBe("compensation-failed");
    expect(refund).toHaveBeenCalledTimes(2);
    expect(ctx.log).toEqual(["release seat-3C"]);
    if (result.status === "compensation-failed") {
      expect(result.compensated).toEqual(["reserve-seat"]);
      expect(result.compensationFailures.map((f) => f.step)).toEqual(["charge-card"]);
    }
  });
});
