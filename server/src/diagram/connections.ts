import type { ComponentDraft, FoundComponents } from "./components.ts";
import { ARROW_END_TOLERANCE, areaOf, distanceOutside, encloses, linearPointAt, spatialIndex } from "./geometry.ts";
import type { LinearElement, Scene, SceneElement } from "./scene.ts";

export interface DraftConnection {
  from: ComponentDraft;
  to: ComponentDraft;
  label?: string;
}

/** An arrow that gave no connection, and why. */
export interface UnresolvedArrow {
  arrowId: string;
  reason: string;
}

type End = "start" | "end";

const round = (n: number) => Math.round(n);

function describeElement(e: SceneElement): string {
  if (e.type === "image") return `an image with no label ("${e.id}")`;
  if (e.type === "text") return `a text that labels nothing ("${e.id}")`;
  return `a ${e.type} ("${e.id}")`;
}

type Point = readonly [number, number];

/** The shapes around an arrow end compared with one another to find the innermost. */
const MAX_SHAPES_COMPARED = 8;

/**
 * Finds the component a loose arrow end points at: of the shapes within the tolerance, leaving
 * out those around another of them (an end just short of a box inside a "VPC" box points at
 * the inner box), the nearest, then the smallest. Only labelled (or explicitly kinded)
 * components: a loose end over an unlabelled background box points at nothing in particular.
 */
function componentFinder(found: FoundComponents): (point: Point) => ComponentDraft | undefined {
  const targets = found.components.filter((d) => d.explicit || d.texts.some((t) => t.content !== ""));
  const shapesNear = spatialIndex(
    targets.flatMap((d) => d.shapes),
    ARROW_END_TOLERANCE,
  );
  return (point) => {
    const near = shapesNear(point)
      .map((shape) => ({ shape, draft: found.ownerOf.get(shape.id)!, distance: distanceOutside(shape, point) }))
      .filter((n) => n.distance <= ARROW_END_TOLERANCE)
      .sort((a, b) => a.distance - b.distance || areaOf(a.shape) - areaOf(b.shape))
      // Comparing every pair costs the square: past a few shapes (a nest of boundaries), the nearest decide.
      .slice(0, MAX_SHAPES_COMPARED);
    return near.find((a) => !near.some((b) => b.draft !== a.draft && encloses(a.shape, b.shape)))?.draft;
  };
}

/**
 * The component at one end of an arrow: the one its binding names (through a label text too,
 * since Excalidraw binds arrows to text), else the one under its first or last point.
 */
function resolveEnd(scene: Scene, found: FoundComponents, componentAt: (p: Point) => ComponentDraft | undefined, arrow: LinearElement, end: End): ComponentDraft | string {
  const boundTo = end === "start" ? arrow.startBoundTo : arrow.endBoundTo;
  const owner = boundTo === null ? undefined : found.ownerOf.get(boundTo);
  if (owner) return owner;
  const point = linearPointAt(arrow, end === "start" ? 0 : arrow.points.length - 1);
  const hit = componentAt(point);
  if (hit) return hit;
  if (boundTo === null) return `its ${end} is attached to no component (nothing within ${ARROW_END_TOLERANCE} units of (${round(point[0])}, ${round(point[1])}))`;
  const target = scene.byId.get(boundTo);
  return target ? `its ${end} is bound to ${describeElement(target)}` : `its ${end} is bound to "${boundTo}", which is not in the scene`;
}

/**
 * The connections the arrows draw, and the arrows that draw none. An arrow's direction is its
 * arrowhead: at the end, start to end; at the start only, end to start; at both, a connection
 * each way. An arrow with no arrowhead reads start to end, the way it was drawn; a line counts
 * only with an arrowhead. The arrow's bound text is the connection's label.
 */
export function readConnections(scene: Scene, found: FoundComponents): { connections: DraftConnection[]; unresolved: UnresolvedArrow[] } {
  const connections: DraftConnection[] = [];
  const unresolved: UnresolvedArrow[] = [];
  const seen = new Set<string>();
  const componentAt = componentFinder(found);
  const add = (from: ComponentDraft, to: ComponentDraft, label: string) => {
    const key = JSON.stringify([from.id, to.id, label]);
    if (seen.has(key)) return;
    seen.add(key);
    connections.push({ from, to, ...(label ? { label } : {}) });
  };
  for (const arrow of scene.linears) {
    const forward = arrow.endArrowhead !== null;
    const backward = arrow.startArrowhead !== null;
    if (arrow.type === "line" && !forward && !backward) continue;
    const start = resolveEnd(scene, found, componentAt, arrow, "start");
    const end = resolveEnd(scene, found, componentAt, arrow, "end");
    if (typeof start === "string" || typeof end === "string") {
      unresolved.push({ arrowId: arrow.id, reason: [start, end].filter((r) => typeof r === "string").join("; ") });
      continue;
    }
    if (start === end) {
      unresolved.push({ arrowId: arrow.id, reason: "both its ends are on the same component" });
      continue;
    }
    const label = (found.boundTexts.get(arrow.id) ?? []).map((t) => t.content).join(" ").trim();
    if (forward || !backward) add(start, end, label);
    if (backward) add(end, start, label);
  }
  return { connections, unresolved };
}
