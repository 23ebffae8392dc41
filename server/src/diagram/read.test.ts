import { describe, expect, it } from "vitest";
import { ValidationError } from "../lib/errors.ts";
import { diagramGraphSchema } from "../scoring/diagram.ts";
import { arrow, box, labelled, savedScene, text } from "./fixtures.ts";
import { type DiagramReading, readDiagram } from "./read.ts";

/** The graph told by labels: what a reader of the whiteboard would say. */
function byLabel({ graph }: DiagramReading) {
  const label = new Map(graph.components.map((c) => [c.id, c.label]));
  return {
    components: graph.components.map((c) => `${c.label}: ${c.kind}`),
    connections: graph.connections.map((c) => `${label.get(c.from)} → ${label.get(c.to)}${c.label ? ` "${c.label}"` : ""}`),
  };
}

type Element = Record<string, unknown>;
const find = (elements: Element[], test: (e: Element) => boolean) => {
  const found = elements.find(test);
  if (!found) throw new Error("no such element in the fixture");
  return found;
};
const textOf = (elements: Element[], content: string) => find(elements, (e) => e.type === "text" && e.originalText === content);
const containerOf = (elements: Element[], content: string) => find(elements, (e) => e.id === textOf(elements, content).containerId);

describe("readDiagram on a scene saved from Excalidraw 0.18", () => {
  const scene = savedScene("order-pipeline.excalidraw");
  const reading = readDiagram(scene);

  it("reads each labelled shape as a component, its kind from its label or its customData", () => {
    expect(byLabel(reading).components).toEqual([
      "Web app: client",
      "API Gateway: api-gateway",
      "Orders service (ECS Fargate): service",
      "orders-queue: queue",
      "orders-queue worker: service",
      "Orders table (DynamoDB): nosql-table",
      "S3 bucket (receipts): object-storage",
      "Redis cache: cache",
      "Ledger: sql-database",
      "CloudWatch: monitoring",
    ]);
    expect(reading.unclassified).toEqual([]);
    expect(diagramGraphSchema.safeParse(reading.graph).success).toBe(true);
  });

  it("names components by their element ids; a group by its first shape", () => {
    const ids = new Map(reading.graph.components.map((c) => [c.label, c.id]));
    expect(ids.get("Web app")).toBe(containerOf(scene.elements, "Web app").id);
    const body = containerOf(scene.elements, "Orders table\n(DynamoDB)");
    const first = find(scene.elements, (e) => (e.groupIds as string[]).includes((body.groupIds as string[])[0]!));
    expect(first.type).toBe("ellipse");
    expect(ids.get("Orders table (DynamoDB)")).toBe(first.id);
  });

  it("reads the arrows as connections: bound ends, elbow arrows with fixedPoint, labels, both ways for a two-headed arrow", () => {
    expect(byLabel(reading).connections).toEqual([
      "Web app → API Gateway",
      "API Gateway → Orders service (ECS Fargate)",
      'Orders service (ECS Fargate) → orders-queue "enqueue order"',
      "orders-queue → orders-queue worker",
      "orders-queue worker → Orders table (DynamoDB)",
      "orders-queue worker → S3 bucket (receipts)",
      "Orders service (ECS Fargate) → Redis cache",
      "Redis cache → Orders service (ECS Fargate)",
      'orders-queue worker → Ledger "append entry"',
    ]);
    expect(reading.unresolved).toEqual([]);
  });

  it("ignores deleted elements: the deleted shape, its label and the deleted arrow to it", () => {
    const deleted = scene.elements.filter((e) => e.isDeleted === true);
    expect(deleted.map((e) => e.type).sort()).toEqual(["arrow", "rectangle", "text"]);
    const ids = new Set([...reading.graph.components.map((c) => c.id), ...reading.unresolved.map((u) => u.arrowId)]);
    for (const e of deleted) expect(ids.has(e.id as string)).toBe(false);
    expect(JSON.stringify(reading)).not.toContain("Legacy monolith");
  });

  it("summarises the paths from the sources, and what is not connected", () => {
    expect(reading.summary).toBe(
      [
        "Web app → API Gateway → Orders service (ECS Fargate) → orders-queue → orders-queue worker → Orders table (DynamoDB)",
        "Orders service (ECS Fargate) ↔ Redis cache",
        "orders-queue worker → S3 bucket (receipts)",
        "orders-queue worker → Ledger",
        "Not connected: CloudWatch",
      ].join("\n"),
    );
  });

  it("reads the elements array alone as it reads the whole file", () => {
    expect(readDiagram(scene.elements)).toEqual(reading);
  });
});

describe("readDiagram on a scene saved from Excalidraw 0.17", () => {
  const scene = savedScene("legacy-0.17.excalidraw");
  const reading = readDiagram(scene);
  const idOf = (label: string) => reading.graph.components.find((c) => c.label === label)?.id;
  const boundId = (binding: unknown) => (binding as { elementId: string } | null)?.elementId;

  it("labels shapes by free text placed inside them, an image by the caption grouped with it; leaves out the boundary, the frame and the bare logo", () => {
    expect(byLabel(reading).components).toEqual(["Mobile app: client", "Load balancer: load-balancer", "Users API: service", "Postgres: sql-database", "Audit log: service"]);
    const image = find(scene.elements, (e) => e.type === "image" && (e.groupIds as string[]).length > 0);
    expect(idOf("Postgres")).toBe(image.id);
    expect(JSON.stringify(reading.graph)).not.toMatch(/VPC|Checkout|iPad/);
  });

  it("lists the components whose label names no kind", () => {
    expect(reading.unclassified).toEqual([idOf("Audit log")]);
  });

  it("resolves an end bound in the old { elementId, focus, gap } format, and a loose end by where it stops", () => {
    expect(byLabel(reading).connections).toEqual(["Mobile app → Load balancer", "Load balancer → Users API", "Users API → Postgres", "Users API → Audit log"]);
    const fromMobile = find(scene.elements, (e) => e.type === "arrow" && boundId(e.startBinding) === idOf("Mobile app"));
    expect(fromMobile.startBinding).toEqual({ elementId: idOf("Mobile app"), focus: expect.any(Number), gap: expect.any(Number) });
    expect(fromMobile.endBinding).toBeNull();
  });

  it("reports the arrows that lead nowhere, with why", () => {
    const loose = find(scene.elements, (e) => e.type === "arrow" && e.endBinding === null && boundId(e.startBinding) === idOf("Load balancer"));
    const logo = find(scene.elements, (e) => e.type === "image" && (e.groupIds as string[]).length === 0);
    const toLogo = find(scene.elements, (e) => e.type === "arrow" && boundId(e.endBinding) === logo.id);
    expect(reading.unresolved).toEqual([
      { arrowId: loose.id, reason: "its end is attached to no component (nothing within 16 units of (380, 470))" },
      { arrowId: toLogo.id, reason: `its end is bound to an image with no label ("${logo.id}")` },
    ]);
    expect(reading.summary.split("\n").at(-1)).toBe("2 arrows not read.");
  });
});

describe("readDiagram on groups", () => {
  const reading = readDiagram(savedScene("direct-db-write.excalidraw"));

  it("does not merge a group of many labelled things, and names a shape by the one text grouped with it", () => {
    expect(byLabel(reading).components).toEqual(["Web app: client", "Orders API: service", "Postgres (RDS): sql-database", "Email sender: service"]);
    expect(byLabel(reading).connections).toContain("Web app → Postgres (RDS)");
  });

  it("keeps two labelled boxes in one group apart", () => {
    const elements = [
      ...labelled(box("a", 0, 0, { groupIds: ["g"] }), "ta", "Orders service"),
      ...labelled(box("b", 300, 0, { groupIds: ["g"] }), "tb", "Redis"),
      arrow("x", [
        [162, 40],
        [298, 40],
      ], { from: "a", to: "b", groupIds: ["g"] }),
    ];
    expect(byLabel(readDiagram(elements))).toEqual({ components: ["Orders service: service", "Redis: cache"], connections: ["Orders service → Redis"] });
  });

  it("takes the explicit kind of any shape in a group", () => {
    const elements = [box("top", 0, 0, { type: "ellipse", groupIds: ["g"] }), box("body", 0, 20, { groupIds: ["g"], customData: { kind: "queue" } }), text("t", 10, 30, "Jobs", { groupIds: ["g"] })];
    expect(readDiagram(elements).graph.components).toEqual([{ id: "top", label: "Jobs", kind: "queue" }]);
  });
});

describe("readDiagram: labels", () => {
  it("gives a free text inside several shapes to the smallest", () => {
    const elements = [box("outer", 0, 0, { width: 600, height: 400 }), text("to", 10, 10, "Backend"), box("inner", 100, 100), text("ti", 120, 120, "Redis")];
    expect(byLabel(readDiagram(elements)).components).toEqual(["Backend: service", "Redis: cache"]);
  });

  it("puts the bound text first, then texts inside from the top, and reads wrapped text as typed", () => {
    const elements = [
      ...labelled(box("q", 0, 0, { height: 120 }), "tq", "orders"),
      text("note", 10, 80, "(SQS)"),
      { ...text("w", 10, 5, "dead\nletter", { containerId: "dlq" }), originalText: "dead letter" },
      box("dlq", 0, 0, { x: 400, boundElements: [{ type: "text", id: "w" }] }),
    ];
    expect(byLabel(readDiagram(elements)).components).toEqual(["orders (SQS): queue", "dead letter: service"]);
  });

  it("ignores a deleted label, and an unlabelled box nothing connects to", () => {
    const elements = [...labelled(box("a", 0, 0), "t", "Redis").map((e) => (e.type === "text" ? { ...e, isDeleted: true } : e)), box("b", 300, 0)];
    expect(readDiagram(elements).graph.components).toEqual([]);
    expect(readDiagram(elements).summary).toBe("No components.");
  });

  it("keeps an unlabelled box that arrows connect, under the fallback kind", () => {
    const elements = [...labelled(box("a", 0, 0), "t", "Web app"), box("b", 300, 0), arrow("x", [[162, 40], [298, 40]], { from: "a", to: "b" })];
    const reading = readDiagram(elements);
    expect(reading.graph.components).toEqual([
      { id: "a", label: "Web app", kind: "client" },
      { id: "b", label: "", kind: "service" },
    ]);
    expect(reading.unclassified).toEqual(["b"]);
    expect(reading.summary).toBe("Web app → unlabelled service");
  });

  it("keeps a boundary that names a kind or has arrows", () => {
    const elements = [box("outer", 0, 0, { width: 600, height: 400 }), text("to", 10, 10, "Backend"), box("inner", 100, 100), text("ti", 120, 120, "Stripe")];
    const vpc = [box("outer", 0, 0, { width: 600, height: 400 }), text("to", 10, 10, "VPC"), box("inner", 100, 100), text("ti", 120, 120, "Stripe")];
    expect(byLabel(readDiagram(elements)).components).toEqual(["Backend: service", "Stripe: service"]);
    expect(byLabel(readDiagram(vpc)).components).toEqual(["Stripe: service"]);
  });
});

describe("readDiagram: arrows", () => {
  const two = [...labelled(box("a", 0, 0), "ta", "Orders service"), ...labelled(box("b", 400, 0), "tb", "orders-queue")];

  it("reads the binding, whatever its format, before where the arrow ends", () => {
    // Points far from both boxes: only the bindings can connect them.
    const far: [number, number][] = [
      [1000, 1000],
      [1200, 1000],
    ];
    for (const [start, end] of [
      [{ elementId: "a", focus: 0, gap: 5 }, { elementId: "b", focus: 0, gap: 5 }],
      [{ elementId: "a", focus: 0, gap: 5, fixedPoint: null }, { elementId: "b", focus: 0, gap: 5, fixedPoint: [0, 0.5] }],
      [{ elementId: "a", mode: "orbit", fixedPoint: [1, 0.5] }, { elementId: "b", mode: "inside", fixedPoint: [0.5, 0.5] }],
    ]) {
      const reading = readDiagram([...two, arrow("x", far, { startBinding: start, endBinding: end })]);
      expect(byLabel(reading).connections).toEqual(["Orders service → orders-queue"]);
    }
  });

  it("follows the arrowheads: at the start only, backwards; none on an arrow, as drawn; none on a line, no connection", () => {
    const pts: [number, number][] = [
      [165, 40],
      [395, 40],
    ];
    const read = (e: Record<string, unknown>) => readDiagram([...two, e]);
    expect(byLabel(read(arrow("x", pts, { startArrowhead: "arrow", endArrowhead: null }))).connections).toEqual(["orders-queue → Orders service"]);
    expect(byLabel(read(arrow("x", pts, { endArrowhead: null }))).connections).toEqual(["Orders service → orders-queue"]);
    expect(byLabel(read(arrow("x", pts, { type: "line", endArrowhead: null, elbowed: undefined }))).connections).toEqual([]);
    expect(read(arrow("x", pts, { type: "line", endArrowhead: null })).unresolved).toEqual([]);
    expect(byLabel(read(arrow("x", pts, { type: "line", startArrowhead: "triangle", endArrowhead: "triangle" }))).connections).toEqual(["Orders service → orders-queue", "orders-queue → Orders service"]);
  });

  it("reads an arrow bound to a label text as bound to the shape the text labels", () => {
    expect(byLabel(readDiagram([...two, arrow("x", [[1000, 1000], [1100, 1000]], { from: "ta", to: "tb" })])).connections).toEqual(["Orders service → orders-queue"]);
  });

  it("finds a loose end in a rotated shape", () => {
    const tall = { ...box("b", 400, 0, { width: 200, height: 20, angle: Math.PI / 2 }), boundElements: null };
    const elements = [...labelled(box("a", 0, 0), "ta", "Web app"), tall, text("tb", 470, 40, "Redis", { width: 60, height: 25 })];
    // Unrotated, the box spans y 0–20; turned a quarter, it spans y -90–110 around x 500:
    // its label (centre 500, 52.5) and the arrow's end (495, 100) are inside it only turned.
    expect(byLabel(readDiagram([...elements, arrow("x", [[162, 40], [495, 100]], { from: "a" })])).connections).toEqual(["Web app → Redis"]);
  });

  it("reads a live arrow bound to a deleted shape by where it ends, else reports it", () => {
    const ghost = { ...box("gone", 800, 0), isDeleted: true };
    const toGone = arrow("x", [[162, 40], [798, 40]], { from: "a", to: "gone" });
    expect(readDiagram([...two, ghost, toGone]).unresolved).toEqual([{ arrowId: "x", reason: 'its end is bound to "gone", which is not in the scene' }]);
    const intoB = arrow("y", [[162, 40], [410, 40]], { from: "a", to: "gone" });
    expect(byLabel(readDiagram([...two, ghost, intoB])).connections).toEqual(["Orders service → orders-queue"]);
  });

  it("reports an arrow with both ends on one component, and counts a repeated arrow once", () => {
    const loop = arrow("loop", [[10, 10], [150, 70]], { from: "a", to: "a" });
    const again = [arrow("x", [[162, 40], [398, 40]], { from: "a", to: "b" }), arrow("y", [[162, 50], [398, 50]], { from: "a", to: "b" })];
    const reading = readDiagram([...two, loop, ...again]);
    expect(reading.unresolved).toEqual([{ arrowId: "loop", reason: "both its ends are on the same component" }]);
    expect(reading.graph.connections).toEqual([{ from: "a", to: "b" }]);
  });
});

describe("readDiagram: what is not a scene", () => {
  const fails = (input: unknown) => {
    try {
      readDiagram(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as Error).message;
    }
    throw new Error("expected a ValidationError");
  };

  it("rejects what is not a scene, naming the field", () => {
    expect(fails("hello")).toMatch(/^Not a valid Excalidraw scene: \(scene\)/);
    expect(fails({ type: "excalidraw" })).toMatch(/elements: /);
    expect(fails({ type: "tldraw", elements: [] })).toMatch(/type: not an Excalidraw scene/);
    expect(fails([{ ...box("r1", 0, 0), x: "12" }])).toMatch(/elements\.0 \(rectangle "r1"\)\.x: /);
    expect(fails([arrow("a1", [[0, 0]])])).toMatch(/elements\.0 \(arrow "a1"\)\.points: /);
  });

  it("accepts the clipboard's scene, and skips a deleted element without reading it", () => {
    expect(readDiagram({ type: "excalidraw/clipboard", elements: [{ id: "junk", isDeleted: true }], files: {} }).graph).toEqual({ components: [], connections: [] });
  });

  it("refuses a diagram too big to score, and cuts labels to the graph's limit", () => {
    const many = Array.from({ length: 301 }, (_, i) => labelled(box(`b${i}`, i * 200, 0), `t${i}`, `Service ${i}`)).flat();
    expect(fails(many)).toMatch(/301 components; at most 300/);
    const long = readDiagram(labelled(box("b", 0, 0), "t", `Cache ${"x".repeat(300)}`));
    expect(long.graph.components[0]?.label).toHaveLength(200);
    expect(diagramGraphSchema.safeParse(long.graph).success).toBe(true);
  });
});
