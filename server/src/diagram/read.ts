import { ValidationError } from "../lib/errors.ts";
import { type DiagramGraph, MAX_DIAGRAM_COMPONENTS, MAX_DIAGRAM_CONNECTIONS } from "../scoring/diagram.ts";
import { type ComponentDraft, componentsAroundOthers, findComponents } from "./components.ts";
import { readConnections, type UnresolvedArrow } from "./connections.ts";
import { FALLBACK_KIND, kindOfLabel } from "./kinds.ts";
import { parseScene } from "./scene.ts";
import { summarizeDiagram } from "./summary.ts";

export type { UnresolvedArrow } from "./connections.ts";

/** What a whiteboard says as a design diagram: the graph the scorer reads, and what could not be read. */
export interface DiagramReading {
  graph: DiagramGraph;
  /** Arrows that gave no connection: an end on no component, or both ends on one. */
  unresolved: UnresolvedArrow[];
  /** Components whose label names no kind, read as `FALLBACK_KIND`. */
  unclassified: string[];
  /** The paths, what is not connected, how many arrows were not read. */
  summary: string;
}

/** The longest label kept, as the graph's schema allows. */
const MAX_LABEL = 200;

const labelOf = (d: ComponentDraft) =>
  d.texts
    .map((t) => t.content)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_LABEL)
    .trim();

/**
 * Reads an Excalidraw scene (the saved file, or its elements alone) as a design diagram.
 * Components are the labelled shapes (see `findComponents`), with the kind set on them or
 * named by their label; connections are the arrows between them (see `readConnections`).
 * Left out: unlabelled shapes nothing connects to (decoration), and boundaries: an
 * unconnected box whose label names no kind ("VPC", "us-east-1") around other components.
 * Throws a ValidationError when the scene is not one, or is too big to score.
 */
export function readDiagram(input: unknown): DiagramReading {
  const scene = parseScene(input);
  const found = findComponents(scene);
  const { connections, unresolved } = readConnections(scene, found);
  const connected = new Set(connections.flatMap((c) => [c.from, c.to]));
  const labelled = found.components.map((draft) => ({ draft, label: labelOf(draft) }));
  const shown = labelled.filter(({ draft, label }) => label || draft.explicit || connected.has(draft));
  // Checked before the boundaries are found: a boundary counts here.
  if (shown.length > MAX_DIAGRAM_COMPONENTS) throw new ValidationError(`The diagram has ${shown.length} components; at most ${MAX_DIAGRAM_COMPONENTS} can be scored.`);
  const candidates = shown.map((d) => ({ ...d, named: d.draft.explicit ?? kindOfLabel(d.label) }));
  const around = componentsAroundOthers(candidates.map((d) => d.draft));
  const kept = candidates.filter((d) => connected.has(d.draft) || d.named || !around.has(d.draft));

  const graph: DiagramGraph = {
    components: kept.map((d) => ({ id: d.draft.id, label: d.label, kind: d.named ?? FALLBACK_KIND })),
    connections: connections.map((c) => ({ from: c.from.id, to: c.to.id, ...(c.label ? { label: c.label.slice(0, MAX_LABEL).trim() } : {}) })),
  };
  if (graph.connections.length > MAX_DIAGRAM_CONNECTIONS) throw new ValidationError(`The diagram has ${graph.connections.length} connections; at most ${MAX_DIAGRAM_CONNECTIONS} can be scored.`);
  return {
    graph,
    unresolved,
    unclassified: kept.filter((d) => !d.named).map((d) => d.draft.id),
    summary: summarizeDiagram(graph, unresolved.length),
  };
}
