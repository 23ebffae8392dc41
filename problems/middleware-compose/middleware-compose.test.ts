import { describe, expect, it, jest } from "@jest/globals";
import { compose, type Middleware } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Ctx {
  log: string[];
  status?: number;
}

describe("compose: order and flow", () => {
  it("calls the final handler after the last middleware, with the context", async () => {
    const final = jest.fn(async () => {});
    const ctx: Ctx = { log: [] };
    const handle = compose<Ctx>([
      async (c, next) => {
        c.log.push("a");
        await next();
        c.log.push("a out");
      },
    ]);
    await handle(ctx, final);
    expect(final).toHaveBeenCalledTimes(1);
    expect(ctx.log).toEqual(["a", "a out"]);
  });

  it("waits for slow downstream work before running code after `await next()`", async () => {
    const t0 = Date.now();
    const ctx: Ctx = { log: [] };
    const handle = compose<Ctx>([
      async (c, next) => {
        await next();
        c.log.push(`logged at ${Date.now() - t0}`);
      },
      async (c, next) => {
        await sleep(100);
        await next();
        c.log.push(`db done at ${Date.now() - t0}`);
      },
      async (c) => {
        await sleep(50);
        c.log.push(`handler at ${Date.now() - t0}`);
      },
    ]);
    let finishedAt = -1;
    const done = handle(ctx).then(() => {
      finishedAt = Date.now() - t0;
    });
    await jest.advanceTimersByTimeAsync(1_000);
    await done;
    expect(ctx.log).toEqual(["handler at 150", "db done at 150", "logged at 150"]);
    expect(finishedAt).toBe(150);
  });

  it("accepts plain (non-async) middleware, including ones that return next()", async () => {
    const ctx: Ctx = { log: [] };
    const handle = compose<Ctx>([
      (c, next) => {
        c.log.push("sync");
        return next();
      },
      async (c, next) => {
        await sleep(10);
        c.log.push("async");
        await next();
      },
      (c) => {
        c.log.push("sync handler returns a value");
        return 42;
      },
    ]);
    const done = handle(ctx);
    await jest.advanceTimersByTimeAsync(10);
    await done;
    expect(ctx.log).toEqual(["sync", "async", "sync handler returns a value"]);
  });

  it("resolves with no middleware, calling the final handler", async () => {
    const final = jest.fn(async () => {});
    await compose<Ctx>([])({ log: [] }, final);
    expect(final).toHaveBeenCalledTimes(1);
    await expect(compose<Ctx>([])({ log: [] })).resolves.toBeUndefined();
  });

  it("does not call the final handler when the chain is cut short", async () => {
    const final = jest.fn(async () => {});
    const handle = compose<Ctx>([async () => {}, async (_c, next) => next()]);
    await handle({ log: [] }, final);
    expect(final).not.toHaveBeenCalled();
  });

  it("handles a chain of 1,000 middleware", async () => {
    const chain: Middleware<{ depth: number; max: number }>[] = Array.from({ length: 1_000 }, () => async (ctx, next) => {
      ctx.depth++;
      ctx.max = Math.max(ctx.max, ctx.depth);
      await next();
      ctx.depth--;
    });
    const ctx = { depth: 0, max: 0 };
    await compose(chain)(ctx);
    expect(ctx).toEqual({ depth: 0, max: 1_000 });
  });
});

describe("compose: errors", () => {
  it("lets an upstream middleware catch a synchronous throw from downstream", async () => {
    const ctx: Ctx = { log: [] };
    const handle = compose<Ctx>([
      async (c, next) => {
        try {
          await next();
        } catch (error) {
          c.status = 500;
          c.log.push(`caught ${(error as Error).message}`);
        }
      },
      () => {
        throw new Error("database unavailable");
      },
    ]);
    await handle(ctx);
    expect(ctx.status).toBe(500);
    expect(ctx.log).toEqual(["caught database unavailable"]);
  });

  it("rejects with the very error of an async failure that nobody catches", async () => {
    const failure = new Error("upstream timeout");
    const handle = compose<Ctx>([
      async (_c, next) => {
        await next();
      },
      async () => {
        await sleep(5);
        throw failure;
      },
    ]);
    const settled = handle({ log: [] }).then(
      () => "resolved",
      (error: unknown) => error,
    );
    await jest.advanceTimersByTimeAsync(5);
    expect(await settled).toBe(failure);
  });

  it("never throws synchronously, even when the first middleware does", async () => {
    const handle = compose<Ctx>([
      () => {
        throw new Error("bad config");
      },
    ]);
    let result: Promise<void> | undefined;
    expect(() => {
      result = handle({ log: [] });
    }).not.toThrow();
    await expect(result).rejects.toThrow("bad config");
  });

  it("propagates an error thrown on the way back out", async () => {
    const handle = compose<Ctx>([
      async (_c, next) => {
        await next();
        throw new Error("failed to write access log");
      },
      async (c) => {
        c.log.push("handled");
      },
    ]);
    const ctx: Ctx = { log: [] };
    await expect(handle(ctx)).rejects.toThrow("failed to write access log");
    expect(ctx.log).toEqual(["handled"]);
  });

  it("runs downstream only once when next() is called twice, and lets the middleware catch the rejection", async () => {
    const downstream = jest.fn(async () => {});
    const ctx: Ctx = { log: [] };
    const handle = compose<Ctx>([
      async (c, next) => {
        await next();
        try {
          await next();
        } catch (error) {
          c.log.push((error as Error).message);
        }
      },
      downstream,
    ]);
    await handle(ctx);
    expect(downstream).toHaveBeenCalledTimes(1);
    expect(ctx.log).toEqual(["next() called multiple times"]);
  });

  it("rejects a second next() from a middleware deeper in the chain", async () => {
    const handle = compose<Ctx>([
      async (_c, next) => next(),
      async (_c, next) => {
        await Promise.all([next(), next()]);
      },
      async () => {},
    ]);
    await expect(handle({ log: [] })).rejects.toThrow("next() called multiple times");
  });

  it.each([
    ["not an array", "oops" as unknown],
    ["an array with a non-function", [async () => {}, 42] as unknown],
  ])("throws a TypeError for %s", (_label, input) => {
    expect(() => compose(input as Middleware<object>[])).toThrow(TypeError);
  });
});

describe("compose: reuse", () => {
  it("can handle many requests with the same composed function", async () => {
    const handle = compose<Ctx>([
      async (c, next) => {
        c.log.push("in");
        await next();
        c.log.push("out");
      },
      async (c) => {
        c.log.push("handler");
      },
    ]);
    for (let i = 0; i < 3; i++) {
      const ctx: Ctx = { log: [] };
      await handle(ctx);
      expect(ctx.log).toEqual(["in", "handler", "out"]);
    }
  });

  it("keeps concurrent requests independent", async () => {
    const handle = compose<Ctx & { delay: number; id: string }>([
      async (c, next) => {
        c.log.push(`${c.id} in`);
        await next();
        c.log.push(`${c.id} out`);
      },
      async (c, next) => {
        await sleep(c.delay);
        await next();
      },
      async (c) => {
        c.log.push(`${c.id} handler`);
      },
    ]);
    const slow = { id: "slow", delay: 100, log: [] as string[] };
    const fast = { id: "fast", delay: 10, log: [] as string[] };
    const both = Promise.all([handle(slow), handle(fast)]);
    await jest.advanceTimersByTimeAsync(100);
    await both;
    expect(slow.log).toEqual(["slow in", "slow handler", "slow out"]);
    expect(fast.log).toEqual(["fast in", "fast handler", "fast out"]);
  });
});
