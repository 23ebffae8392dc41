import { describe, expect, it } from "vitest";
import { addItem, catalogGroups, composeSetInput, emptySetForm, moveItem, type SetForm, setFormFromSet, totalPoints } from "./team-set.ts";

describe("moveItem", () => {
  it("moves an item up or down, and stays put at either end", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 5, -1)).toEqual(["a", "b", "c"]);
  });
});

describe("composeSetInput", () => {
  const form = (): SetForm => {
    const items = addItem(addItem([], { source: "bank", ref: "two-sum", kind: "coding", title: "Two sum" }), { source: "team", ref: "p-1", kind: "behavioral", title: "Conflict" });
    return { ...emptySetForm(), title: " Loop ", instructions: "Be *brief*.", items };
  };

  it("sends the items in order with their points, the coding ones weighing more by default", () => {
    expect(composeSetInput(form())).toEqual({
      ok: true,
      input: {
        title: "Loop",
        instructions: "Be *brief*.",
        timeLimitMinutes: 90,
        resultsVisibleToCandidate: false,
        items: [
          { source: "bank", ref: "two-sum", points: 10 },
          { source: "team", ref: "p-1", points: 5 },
        ],
      },
    });
    expect(totalPoints(form().items)).toBe(15);
  });

  it("names each thing to fix", () => {
    const bad = form();
    const result = composeSetInput({ ...bad, title: " ", timeLimitMinutes: "1.5", items: bad.items.map((item, i) => (i === 1 ? { ...item, points: "0" } : item)) });
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: "title", message: "Give the set a title." },
        { field: "timeLimitMinutes", message: "The time limit is a whole number of minutes, from 1 to 1440." },
        { field: "items.1.points", message: "Conflict: points are a whole number from 1 to 1000." },
      ],
    });
    expect(composeSetInput(emptySetForm())).toMatchObject({ ok: false, issues: [{ field: "title" }, { field: "items", message: "Add at least one problem." }] });
  });
});

describe("setFormFromSet", () => {
  it("orders the stored items by position", () => {
    const form = setFormFromSet({
      title: "T",
      instructions: "",
      timeLimitMinutes: 45,
      resultsVisibleToCandidate: true,
      items: [
        { position: 2, source: "bank", ref: "b", kind: "concept", title: "B", points: 3 },
        { position: 1, source: "team", ref: "a", kind: "coding", title: "A", points: 7 },
      ],
    });
    expect(form.items.map((i) => [i.ref, i.points])).toEqual([
      ["a", "7"],
      ["b", "3"],
    ]);
    expect(form.timeLimitMinutes).toBe("45");
  });
});

describe("catalogGroups", () => {
  const team = [
    { id: "t1", kind: "coding", title: "Our cache", status: "published" },
    { id: "t2", kind: "design", title: "Draft design", status: "draft" },
  ];
  const problems = [{ slug: "lru-cache", title: "LRU Cache" }];
  const rubrics = [
    { id: "design-chat", kind: "design", title: "Chat" },
    { id: "concept-caching", kind: "concept", title: "Caching strategies" },
  ];

  it("offers published team problems first, then the bank by kind, without drafts", () => {
    expect(catalogGroups(team, problems, rubrics, []).map((g) => [g.label, g.entries.map((e) => e.ref)])).toEqual([
      ["Team problems", ["t1"]],
      ["Bank: Coding", ["lru-cache"]],
      ["Bank: Design", ["design-chat"]],
      ["Bank: Concept", ["concept-caching"]],
    ]);
  });

  it("leaves out what the set already holds and what does not match the filter", () => {
    const groups = catalogGroups(team, problems, rubrics, [{ source: "bank", ref: "lru-cache" }], "CACH");
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.ref)])).toEqual([
      ["Team problems", ["t1"]],
      ["Bank: Concept", ["concept-caching"]],
    ]);
  });
});
