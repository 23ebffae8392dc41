import { describe, expect, it, vi } from "vitest";
import { lazyPage } from "./lazy-page.ts";

const Page = () => null;

describe("lazyPage", () => {
  it("loads the chunk once however often it is preloaded", () => {
    const load = vi.fn(async () => Page);
    const page = lazyPage(load);
    expect(load).not.toHaveBeenCalled();
    page.preload();
    page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not surface a failed preload as an unhandled rejection", async () => {
    const page = lazyPage(() => Promise.reject(new Error("chunk missing")));
    page.preload();
    // Vitest fails the run on an unhandled rejection; give one the chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
