import { describe, expect, it } from "vitest";
import { makeRubric } from "../scoring/fixtures.ts";
import { scoreAnswer } from "../scoring/score.ts";
import { arrow, savedScene } from "./fixtures.ts";
import { readDiagram } from "./read.ts";

/** A whiteboard read from Excalidraw, scored: the diagram is the only evidence, the answer says nothing. */
describe("scoring a diagram read from an Excalidraw scene", () => {
  const rubric = makeRubric({
    kind: "design",
    criteria: [
      {
        id: "architecture",
        title: "Architecture",
        weight: 1,
        components: ["queue"],
        connections: [{ from: "client", to: "sql-database", forbidden: true, note: "the client should not write to the database directly" }],
      },
    ],
  });
  const ANSWER = "See the diagram.";
  const score = (scene: unknown) => scoreAnswer(rubric, ANSWER, readDiagram(scene).graph).criteria[0]!;

  it("awards the queue drawn on the whiteboard", () => {
    const c = score(savedScene("order-pipeline.excalidraw"));
    expect(c.evidence).toEqual([{ source: "diagram", signal: "component", label: 'component "queue"', quote: 'diagram: component "orders-queue" (queue)' }]);
    expect(c.redFlags).toEqual([]);
    expect(c.level).toBe(4);
  });

  it("penalises a client drawn writing to the database, and misses the queue not drawn", () => {
    const c = score(savedScene("direct-db-write.excalidraw"));
    expect(c.missing).toEqual(['component "queue"']);
    expect(c.redFlags).toEqual([
      expect.objectContaining({
        source: "diagram",
        label: "forbidden connection client → sql-database",
        reason: "the client should not write to the database directly",
        quote: 'diagram: connection "Web app" (client) → "Postgres (RDS)" (sql-database)',
      }),
    ]);
    expect(c.level).toBe(0);
  });

  it("costs a level when the forbidden arrow is added to a diagram that has the queue", () => {
    const scene = savedScene("order-pipeline.excalidraw");
    const shapeLabelled = (label: string) => scene.elements.find((t) => t.originalText === label)!.containerId as string;
    // Ledger is a diamond whose customData says sql-database: its label names no kind.
    const shortcut = arrow("shortcut", [[75, 282], [1040, 378]], { from: shapeLabelled("Web app"), to: shapeLabelled("Ledger") });
    const c = score({ ...scene, elements: [...scene.elements, shortcut] });
    expect(c.redFlags.map((f) => f.quote)).toEqual(['diagram: connection "Web app" (client) → "Ledger" (sql-database)']);
    expect(c.level).toBe(3);
  });
});
