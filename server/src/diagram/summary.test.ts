import { describe, expect, it } from "vitest";
import type { ComponentKind, DiagramGraph } from "../scoring/diagram.ts";
import { summarizeDiagram } from "./summary.ts";

/** A graph from "id:label" names and "a>b" edges; every kind a service unless it matters. */
function graph(names: string[], edges: string[]): DiagramGraph {
  return {
    components: names.map((n) => {
      const [id, label] = n.split(":");
      return { id: id!, label: label ?? id!, kind: "service" as ComponentKind };
    }),
    connections: edges.map((e) => {
      const [from, to] = e.split(">");
      return { from: from!, to: to! };
    }),
  };
}

describe("summarizeDiagram", () => {
  it("tells each connection once, following chains from the sources and then the branches", () => {
    const g = graph(["gw:API gateway", "svc:orders service", "q:queue", "w:worker", "db:DynamoDB", "s3:S3"], ["gw>svc", "svc>q", "q>w", "w>db", "w>s3"]);
    expect(summarizeDiagram(g, 0)).toBe("API gateway → orders service → queue → worker → DynamoDB\nworker → S3");
  });

  it("stops a chain where it comes back on itself, and tells a cycle with no source from its first component", () => {
    expect(summarizeDiagram(graph(["a", "b", "c"], ["a>b", "b>c", "c>b"]), 0)).toBe("a → b ↔ c");
    expect(summarizeDiagram(graph(["a", "b", "c"], ["a>b", "b>c", "c>a"]), 0)).toBe("a → b → c → a");
  });

  it("tells a connection and its reverse as one ↔", () => {
    expect(summarizeDiagram(graph(["svc", "cache"], ["svc>cache", "cache>svc"]), 0)).toBe("svc ↔ cache");
  });

  it("lists what nothing connects, names an unlabelled component by its kind, and counts the arrows not read", () => {
    const g = graph(["a", "b:", "lonely"], ["a>b"]);
    expect(summarizeDiagram(g, 1)).toBe("a → unlabelled service\nNot connected: lonely\n1 arrow not read.");
    expect(summarizeDiagram(graph(["x", "y"], []), 2)).toBe("No connections between: x, y\n2 arrows not read.");
    expect(summarizeDiagram(graph([], []), 0)).toBe("No components.");
  });

  it("counts the paths beyond the thirtieth instead of listing them", () => {
    const names = ["hub", ...Array.from({ length: 35 }, (_, i) => `leaf${i}`)];
    const lines = summarizeDiagram(graph(names, names.slice(1).map((n) => `hub>${n}`)), 0).split("\n");
    expect(lines).toHaveLength(31);
    expect(lines.at(-1)).toBe("… and 5 more paths");
  });
});
