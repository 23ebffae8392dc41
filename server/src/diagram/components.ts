import type { ComponentKind } from "../scoring/diagram.ts";
import { areaOf, centerOf, distanceOutside, encloses, spatialIndex } from "./geometry.ts";
import { explicitKind } from "./kinds.ts";
import type { Scene, ShapeElement, TextElement } from "./scene.ts";

/** A component as found on the canvas: its shapes (one, or a group's), its label texts, an explicit kind. */
export interface ComponentDraft {
  /** The id of its shape, or of its group's first shape. */
  id: string;
  shapes: ShapeElement[];
  /** Bound text or the group's text first, then texts placed inside, top to bottom. */
  texts: TextElement[];
  explicit?: ComponentKind;
}

export interface FoundComponents {
  components: ComponentDraft[];
  /** The component each shape and label text belongs to, by element id. */
  ownerOf: Map<string, ComponentDraft>;
  /** Texts bound to a container (shape or arrow), by the container's id. */
  boundTexts: Map<string, TextElement[]>;
}

/**
 * Texts bound to a live container: the text names it in `containerId`, or the container lists
 * the text in `boundElements` and the text names no other container.
 */
function findBoundTexts(scene: Scene): Map<string, TextElement[]> {
  // Sets, since a text both naming and listed by its container is met twice.
  const bound = new Map<string, Set<TextElement>>();
  const add = (containerId: string, text: TextElement) => {
    const texts = bound.get(containerId);
    if (texts) texts.add(text);
    else bound.set(containerId, new Set([text]));
  };
  for (const text of scene.texts) if (text.containerId && scene.byId.has(text.containerId)) add(text.containerId, text);
  for (const container of scene.byId.values()) {
    for (const ref of container.boundElements) {
      const text = ref.type === "text" ? scene.byId.get(ref.id) : undefined;
      if (text?.type === "text" && ((text as TextElement).containerId ?? container.id) === container.id) add(container.id, text as TextElement);
    }
  }
  return new Map([...bound].map(([id, texts]) => [id, [...texts]]));
}

/**
 * The groups that are one component: at least one shape and exactly one text among their
 * members (arrows and their labels aside), as an icon drawn from several shapes and captioned,
 * or a shape grouped with a free text. A group holding many labelled things (a whole diagram
 * grouped to move it) is not one.
 */
function componentGroups(scene: Scene, arrowLabels: Set<TextElement>): Set<string> {
  const members = new Map<string, { shapes: number; texts: number }>();
  const count = (groupIds: string[], key: "shapes" | "texts") => {
    for (const g of groupIds) {
      const m = members.get(g) ?? { shapes: 0, texts: 0 };
      m[key]++;
      members.set(g, m);
    }
  };
  for (const shape of scene.shapes) count(shape.groupIds, "shapes");
  for (const text of scene.texts) if (!arrowLabels.has(text)) count(text.groupIds, "texts");
  return new Set([...members].filter(([, m]) => m.shapes >= 1 && m.texts === 1).map(([g]) => g));
}

/** The smallest shape whose box holds the point, if any. */
function smallestShapeAround(shapes: ShapeElement[], point: readonly [number, number]): ShapeElement | undefined {
  let best: ShapeElement | undefined;
  for (const shape of shapes) {
    if (distanceOutside(shape, point) === 0 && (!best || areaOf(shape) < areaOf(best))) best = shape;
  }
  return best;
}

/**
 * The components of a scene: each rectangle, ellipse or diamond (or group of them, see
 * `componentGroups`) with its label: its bound text, its group's text, and free texts whose
 * centre lies inside it (the smallest shape, when several hold one). Images count only when
 * labelled; frames, lines and free drawing are not components.
 */
export function findComponents(scene: Scene): FoundComponents {
  const boundTexts = findBoundTexts(scene);
  const arrowLabels = new Set(scene.linears.flatMap((l) => boundTexts.get(l.id) ?? []));
  const groups = componentGroups(scene, arrowLabels);
  const textsOfGroup = new Map<string, TextElement[]>();
  for (const text of scene.texts) {
    if (arrowLabels.has(text)) continue;
    for (const g of text.groupIds) if (groups.has(g)) textsOfGroup.set(g, [text]); // a component group holds exactly one
  }
  const byKey = new Map<string, ComponentDraft>();
  const ownerOf = new Map<string, ComponentDraft>();
  for (const shape of scene.shapes) {
    // The outermost group that is one component, so an icon nested in a bigger icon joins it.
    const group = shape.groupIds.findLast((g) => groups.has(g));
    const key = group === undefined ? `shape:${shape.id}` : `group:${group}`;
    const draft = byKey.get(key) ?? { id: shape.id, shapes: [], texts: [] };
    byKey.set(key, draft);
    draft.shapes.push(shape);
    ownerOf.set(shape.id, draft);
    draft.explicit ??= explicitKind(shape.customData);
    const labels = (group === undefined ? boundTexts.get(shape.id) : textsOfGroup.get(group)) ?? [];
    for (const text of labels) {
      if (ownerOf.has(text.id)) continue;
      draft.texts.push(text);
      ownerOf.set(text.id, draft);
    }
  }

  const bound = new Set([...boundTexts.values()].flat());
  const placed = scene.texts
    .filter((t) => !bound.has(t) && !ownerOf.has(t.id) && t.content !== "")
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const shapesNear = spatialIndex(scene.shapes, 0);
  for (const text of placed) {
    const center = centerOf(text);
    const shape = smallestShapeAround(shapesNear(center), center);
    const draft = shape && ownerOf.get(shape.id);
    if (!draft) continue;
    draft.texts.push(text);
    ownerOf.set(text.id, draft);
  }

  const components = [...byKey.values()].filter((d) => d.texts.some((t) => t.content !== "") || d.shapes.some((s) => s.type !== "image"));
  const kept = new Set(components);
  for (const [id, draft] of ownerOf) if (!kept.has(draft)) ownerOf.delete(id);
  return { components, ownerOf, boundTexts };
}

/**
 * The components with a shape around a shape of another one (a "VPC" box around services). A
 * shape inside another has its centre inside it too, so each shape asks the index what lies at
 * its centre rather than being compared with every other shape.
 */
export function componentsAroundOthers(components: readonly ComponentDraft[]): Set<ComponentDraft> {
  const ownerOf = new Map<ShapeElement, ComponentDraft>();
  for (const draft of components) for (const shape of draft.shapes) ownerOf.set(shape, draft);
  const shapesAt = spatialIndex([...ownerOf.keys()], 0);
  const around = new Set<ComponentDraft>();
  for (const [inner, owner] of ownerOf) {
    for (const outer of shapesAt(centerOf(inner))) {
      const outerOwner = ownerOf.get(outer)!;
      if (outerOwner !== owner && !around.has(outerOwner) && encloses(outer, inner)) around.add(outerOwner);
    }
  }
  return around;
}
