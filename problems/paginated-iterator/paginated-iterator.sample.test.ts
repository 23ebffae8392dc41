import { describe, expect, it } from "@jest/globals";
import { type Page, PaginationError, paginate } from "./solution";

/** A fake API: cursor (or "start" for null) → page. Records the cursors it was called with. */
function fakeApi<T>(pages: Record<string, Page<T>>) {
  const calls: (string | null)[] = [];
  const fetchPage = async (cursor: string | null): Promise<Page<T>> => {
    calls.push(cursor);
    const page = pages[cursor ?? "start"];
    if (!page) throw new Error(`unknown cursor ${cursor}`);
    return page;
  };
  return { fetchPage, calls };
}

describe("paginate (samples)", () => {
  it("yields every item, following cursors across empty pages", async () => {
    const api = fakeApi({
      start: { items: ["inv_1", "inv_2"], nextCursor: "c2" },
      c2: { items: [], nextCursor: "c3" },
      c3: { items: ["inv_3"], nextCursor: null },
    });
    const seen: string[] = [];
    for await (const invoice of paginate(api.fetchPage)) seen.push(invoice);
    expect(seen).toEqual(["inv_1", "inv_2", "inv_3"]);
    expect(api.calls).toEqual([null, "c2", "c3"]);
  });

  it("fetches nothing more once the consumer stops", async () => {
    const api = fakeApi({
      start: { items: [1, 2, 3], nextCursor: "c2" },
      c2: { items: [4], nextCursor: null },
    });
    const seen: number[] = [];
    for await (const n of paginate(api.fetchPage)) {
      seen.push(n);
      if (n === 2) break;
    }
    expect(seen).toEqual([1, 2]);
    expect(api.calls).toEqual([null]);
  });

  it("throws a PaginationError when the API repeats a cursor", async () => {
    const api = fakeApi({
      start: { items: ["a"], nextCursor: "c2" },
      c2: { items: ["b"], nextCursor: "c2" },
    });
    const seen: string[] = [];
    const run = async () => {
      for await (const item of paginate(api.fetchPage)) seen.push(item);
    };
    await expect(run()).rejects.toThrow(PaginationError);
    expect(seen).toEqual(["a", "b"]);
    expect(api.calls).toEqual([null, "c2"]);
  });
});
