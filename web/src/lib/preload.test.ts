import { describe, expect, it, vi } from "vitest";
import { preloadData, takePreloaded } from "./preload.ts";

describe("preloadData", () => {
  it("hands the early answer to the first taker only", async () => {
    const load = vi.fn(async () => "problem");
    preloadData("problem:a", load);
    await expect(takePreloaded("problem:a")).resolves.toBe("problem");
    expect(takePreloaded("problem:a")).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps a failure for the taker, without an unhandled rejection before", async () => {
    preloadData("problem:b", () => Promise.reject(new Error("offline")));
    // Vitest fails the run on an unhandled rejection; give one the chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takePreloaded("problem:b")).rejects.toThrow("offline");
  });

  it("has nothing for a key never preloaded", () => {
    expect(takePreloaded("problem:never")).toBeUndefined();
  });
});
