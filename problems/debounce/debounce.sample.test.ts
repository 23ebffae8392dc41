import { beforeEach, describe, expect, it, jest } from "@jest/globals";
import { debounce } from "./solution";

describe("debounce (samples)", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  it("calls fn once, with the latest arguments, after the calls pause", () => {
    const fn = jest.fn();
    const search = debounce(fn, 300);
    search("r");
    jest.advanceTimersByTime(100);
    search("re");
    jest.advanceTimersByTime(100);
    search("reh");
    jest.advanceTimersByTime(299);
    expect(fn).toHaveBeenCalledTimes(0);
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith("reh");
  });

  it("with leading, calls fn immediately and only once for a single call", () => {
    const fn = jest.fn();
    const save = debounce(fn, 1000, { leading: true });
    save("draft");
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith("draft");
    jest.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("cancel() drops the pending call", () => {
    const fn = jest.fn();
    const search = debounce(fn, 200);
    search("x");
    search.cancel();
    jest.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(0);
  });
});
