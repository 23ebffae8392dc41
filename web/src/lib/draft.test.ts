import { describe, expect, it } from "vitest";
import { parseStoredDraft, pickNewerDraft } from "./draft.ts";

describe("pickNewerDraft", () => {
  const local = { code: "local", savedAt: 2_000 };
  const remote = { code: "remote", savedAt: 3_000 };

  it("takes whichever was changed last", () => {
    expect(pickNewerDraft(local, remote)).toBe(remote);
    expect(pickNewerDraft({ ...local, savedAt: 4_000 }, remote)?.code).toBe("local");
  });

  it("keeps the local draft on a tie, and takes the only one there is", () => {
    expect(pickNewerDraft(local, { ...remote, savedAt: 2_000 })).toBe(local);
    expect(pickNewerDraft(undefined, remote)).toBe(remote);
    expect(pickNewerDraft(local, undefined)).toBe(local);
    expect(pickNewerDraft(undefined, undefined)).toBeUndefined();
  });
});

describe("parseStoredDraft", () => {
  it("reads a stored draft", () => {
    expect(parseStoredDraft(JSON.stringify({ code: "x", savedAt: 5 }))).toEqual({ code: "x", savedAt: 5 });
  });

  it("reads a bare string as the oldest possible draft", () => {
    expect(parseStoredDraft("export const a = 1;")).toEqual({ code: "export const a = 1;", savedAt: 0 });
    // Code that happens to be valid JSON but not a draft is still code.
    expect(parseStoredDraft("42")).toEqual({ code: "42", savedAt: 0 });
  });

  it("has nothing for nothing", () => {
    expect(parseStoredDraft(null)).toBeUndefined();
  });
});
