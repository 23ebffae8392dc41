import { describe, expect, it } from "@jest/globals";
import { compose } from "./solution";

describe("compose (samples)", () => {
  it("runs middleware around each other, like the layers of an onion", async () => {
    const log: string[] = [];
    const handle = compose<{ user?: string }>([
      async (_ctx, next) => {
        log.push("1 in");
        await next();
        log.push("1 out");
      },
      async (ctx, next) => {
        log.push("2 in");
        ctx.user = "ada";
        await next();
        log.push("2 out");
      },
      async (ctx) => {
        log.push(`handler for ${ctx.user}`);
      },
    ]);
    await handle({});
    expect(log).toEqual(["1 in", "2 in", "handler for ada", "2 out", "1 out"]);
  });

  it("stops the chain when a middleware does not call next", async () => {
    const log: string[] = [];
    const handle = compose<{ status?: number }>([
      async (ctx) => {
        ctx.status = 401;
      },
      async () => {
        log.push("should not run");
      },
    ]);
    const ctx: { status?: number } = {};
    await handle(ctx);
    expect(ctx.status).toBe(401);
    expect(log).toEqual([]);
  });

  it("rejects a second call to next()", async () => {
    const handle = compose<object>([
      async (_ctx, next) => {
        await next();
        await next();
      },
    ]);
    await expect(handle({})).rejects.toThrow("next() called multiple times");
  });
});
