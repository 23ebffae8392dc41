import type { DiagramComponent, DiagramGraph } from "../scoring/diagram.ts";

/** Paths listed in a summary before the rest is counted: a whiteboard, not a data centre. */
const MAX_PATHS = 30;

export const componentName = (c: DiagramComponent) => c.label || `unlabelled ${c.kind}`;

interface Chain {
  ids: string[];
  /** Between ids[i] and ids[i + 1]: one way, or both ways (a bidirectional arrow, or two arrows). */
  links: ("→" | "↔")[];
}

/**
 * Every connection once, as chains read along the arrows: from each source (a component
 * nothing points to) follow the first arrow not yet told, then continue from wherever arrows
 * are left (branches, cycles). A connection and its reverse are told together, as "↔".
 */
function chains(graph: DiagramGraph): Chain[] {
  const outgoing = new Map<string, number[]>();
  const hasIncoming = new Set<string>();
  for (const [i, c] of graph.connections.entries()) {
    outgoing.set(c.from, [...(outgoing.get(c.from) ?? []), i]);
    hasIncoming.add(c.to);
  }
  const told = new Set<number>();
  const next = (id: string) => outgoing.get(id)?.find((i) => !told.has(i));
  const sources = graph.components.filter((c) => !hasIncoming.has(c.id));
  const out: Chain[] = [];
  for (const start of [...sources, ...graph.components]) {
    for (let edge = next(start.id); edge !== undefined; edge = next(start.id)) {
      const chain: Chain = { ids: [start.id], links: [] };
      for (let e: number | undefined = edge; e !== undefined; ) {
        told.add(e);
        const { from, to }: { from: string; to: string } = graph.connections[e]!;
        const back = outgoing.get(to)?.find((i) => !told.has(i) && graph.connections[i]!.to === from);
        if (back !== undefined) told.add(back);
        const cycle = chain.ids.includes(to);
        chain.ids.push(to);
        chain.links.push(back === undefined ? "→" : "↔");
        e = cycle ? undefined : next(to);
      }
      out.push(chain);
    }
  }
  return out;
}

/**
 * The diagram in a few lines: its paths ("API gateway → orders service → queue → worker",
 * "orders service ↔ cache"), then what nothing connects, then how many arrows were not read.
 */
export function summarizeDiagram(graph: DiagramGraph, unresolvedArrows: number): string {
  if (graph.components.length === 0) return unresolvedArrows ? `No components; ${unresolvedArrows} arrow${unresolvedArrows > 1 ? "s" : ""} pointing at nothing.` : "No components.";
  const names = new Map(graph.components.map((c) => [c.id, componentName(c)]));
  const paths = chains(graph);
  const lines = paths.slice(0, MAX_PATHS).map((p) => p.ids.map((id, i) => (i === 0 ? names.get(id) : ` ${p.links[i - 1]} ${names.get(id)}`)).join(""));
  if (paths.length > MAX_PATHS) lines.push(`… and ${paths.length - MAX_PATHS} more paths`);
  const connected = new Set(graph.connections.flatMap((c) => [c.from, c.to]));
  const alone = graph.components.filter((c) => !connected.has(c.id)).map(componentName);
  if (alone.length) lines.push(`${lines.length ? "Not connected" : "No connections between"}: ${alone.join(", ")}`);
  if (unresolvedArrows) lines.push(`${unresolvedArrows} arrow${unresolvedArrows > 1 ? "s" : ""} not read.`);
  return lines.join("\n");
}
