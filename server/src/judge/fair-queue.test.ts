import { describe, expect, it } from "vitest";
import { FairQueue } from "./fair-queue.ts";

function drainInOrder(queue: FairQueue<string>): string[] {
  const out: string[] = [];
  for (let job = queue.shift(); job !== undefined; job = queue.shift()) out.push(job);
  return out;
}

describe("FairQueue", () => {
  it("takes clients in turn, one job each, rather than in arrival order", () => {
    const queue = new FairQueue<string>();
    for (const job of ["a1", "a2", "a3", "a4"]) queue.push(job, "a", "practice");
    queue.push("b1", "b", "practice");
    queue.push("c1", "c", "practice");
    queue.push("b2", "b", "practice");
    expect(queue.length).toBe(7);
    expect(drainInOrder(queue)).toEqual(["a1", "b1", "c1", "a2", "b2", "a3", "a4"]);
    expect(queue.length).toBe(0);
  });

  it("serves every attempt job before any practice job, clients taking turns within each", () => {
    const queue = new FairQueue<string>();
    queue.push("p-a1", "a", "practice");
    queue.push("p-a2", "a", "practice");
    queue.push("t-b1", "b", "attempt");
    queue.push("t-b2", "b", "attempt");
    queue.push("t-c1", "c", "attempt");
    expect(drainInOrder(queue)).toEqual(["t-b1", "t-c1", "t-b2", "p-a1", "p-a2"]);
  });

  it("serves a newcomer before a client that has just been served", () => {
    const queue = new FairQueue<string>();
    queue.push("a1", "a", "practice");
    queue.push("a2", "a", "practice");
    expect(queue.shift()).toBe("a1");
    queue.push("b1", "b", "practice");
    expect(drainInOrder(queue)).toEqual(["b1", "a2"]);
  });

  it("counts a forgotten client as new again", () => {
    const queue = new FairQueue<string>();
    queue.push("a1", "a", "practice");
    queue.push("b1", "b", "practice");
    expect(drainInOrder(queue)).toEqual(["a1", "b1"]);
    queue.forget("a");
    queue.push("b2", "b", "practice");
    queue.push("a2", "a", "practice");
    expect(drainInOrder(queue)).toEqual(["a2", "b2"]);
  });

  it("hands back everything waiting when drained", () => {
    const queue = new FairQueue<string>();
    queue.push("p", "a", "practice");
    queue.push("t", "b", "attempt");
    expect(queue.drain().sort()).toEqual(["p", "t"]);
    expect(queue.length).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });
});
