import { describe, expect, it } from "vitest";
import { compileComponent, componentsMatching, connectionsMatching, type DiagramGraph, diagramGraphSchema, prepareDiagram } from "./diagram.ts";

const GRAPH: DiagramGraph = {
  components: [
    { id: "web", label: "Web app", kind: "client" },
    { id: "gw", label: "Public API", kind: "api-gateway" },
    { id: "q", label: "orders-queue", kind: "queue" },
    { id: "worker", label: "Order producer", kind: "function" },
    { id: "mailer", label: "Email consumer", kind: "service" },
  ],
  connections: [
    { from: "web", to: "gw" },
    { from: "gw", to: "q", label: "enqueue" },
    { from: "worker", to: "mailer" },
  ],
};

describe("diagramGraphSchema", () => {
  it("accepts a well-formed graph", () => {
    expect(diagramGraphSchema.safeParse(GRAPH).success).toBe(true);
  });

  it("rejects a kind outside the closed set", () => {
    const parsed = diagramGraphSchema.safeParse({ components: [{ id: "a", label: "A", kind: "mainframe" }], connections: [] });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["components.0.kind"]);
  });

  it("rejects duplicate ids and connections to components that do not exist, naming the path", () => {
    const parsed = diagramGraphSchema.safeParse({
      components: [
        { id: "b", label: "B", kind: "cache" },
        { id: "b", label: "B again", kind: "cache" },
      ],
      connections: [{ from: "b", to: "zzz" }],
    });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["components.1.id", "connections.0.to"]);
  });
});

describe("matching a diagram", () => {
  const d = prepareDiagram(GRAPH);

  it("finds a component by kind, by a name of its kind, or by a word in its label", () => {
    expect(componentsMatching(d, compileComponent("queue")).map((c) => c.id)).toEqual(["q"]);
    expect(componentsMatching(d, compileComponent("SQS")).map((c) => c.id)).toEqual(["q"]);
    expect(componentsMatching(d, compileComponent("Lambda")).map((c) => c.id)).toEqual(["worker"]);
    expect(componentsMatching(d, compileComponent("producer")).map((c) => c.id)).toEqual(["worker"]);
    expect(componentsMatching(d, compileComponent("cache"))).toEqual([]);
  });

  it("finds a directed connection between matching components", () => {
    expect(connectionsMatching(d, compileComponent("api-gateway"), compileComponent("queue"))).toHaveLength(1);
    expect(connectionsMatching(d, compileComponent("queue"), compileComponent("api-gateway"))).toHaveLength(0);
    expect(connectionsMatching(d, compileComponent("producer"), compileComponent("consumer"))).toHaveLength(1);
  });
});
