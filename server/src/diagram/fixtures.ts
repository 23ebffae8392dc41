import { readFileSync } from "node:fs";
import { MAX_SHAPES_AROUND_A_POINT } from "./geometry.ts";
import { MAX_LIVE_ELEMENTS, MAX_SCENE_ARROWS } from "./scene.ts";

/** A scene saved from Excalidraw, from test/fixtures/excalidraw. */
export function savedScene(name: string): { elements: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/excalidraw/${name}`, import.meta.url), "utf8"));
}

type Fields = Record<string, unknown>;

/** The fields every element has, as Excalidraw 0.18 writes them. */
function element(id: string, type: string, x: number, y: number, width: number, height: number, fields: Fields): Fields {
  return {
    id,
    type,
    x,
    y,
    width,
    height,
    angle: 0,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    fillStyle: "solid",
    strokeWidth: 2,
    strokeStyle: "solid",
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    roundness: null,
    seed: 1,
    version: 1,
    versionNonce: 1,
    isDeleted: false,
    boundElements: null,
    updated: 1,
    link: null,
    locked: false,
    ...fields,
  };
}

/** A rectangle (or ellipse, diamond, image with `type`) 160 by 80 unless told. */
export function box(id: string, x: number, y: number, fields: Fields = {}): Fields {
  return element(id, "rectangle", x, y, 160, 80, fields);
}

/** A text 100 by 25 with its top left at x, y; bound when `containerId` is given. */
export function text(id: string, x: number, y: number, content: string, fields: Fields = {}): Fields {
  return element(id, "text", x, y, 100, 25, { text: content, fontSize: 20, fontFamily: 5, textAlign: "left", verticalAlign: "top", containerId: null, originalText: content, autoResize: true, lineHeight: 1.25, ...fields });
}

/** A label bound to a box: the text names the box, the box lists the text. */
export function labelled(shape: Fields, textId: string, content: string): Fields[] {
  const label = text(textId, (shape.x as number) + 30, (shape.y as number) + 27, content, { containerId: shape.id, textAlign: "center", verticalAlign: "middle" });
  return [{ ...shape, boundElements: [...((shape.boundElements as Fields[] | null) ?? []), { type: "text", id: textId }] }, label];
}

/** An arrow through absolute points, bound (0.17 style) at the ends whose ids are given. */
export function arrow(id: string, points: [number, number][], fields: Fields & { from?: string; to?: string } = {}): Fields {
  const { from, to, ...rest } = fields;
  const [x0, y0] = points[0]!;
  const rel = points.map(([x, y]) => [x - x0, y - y0]);
  const bind = (elementId: string | undefined) => (elementId ? { elementId, focus: 0, gap: 4 } : null);
  return element(id, "arrow", x0, y0, 0, 0, {
    roundness: { type: 2 },
    points: rel,
    lastCommittedPoint: null,
    startBinding: bind(from),
    endBinding: bind(to),
    startArrowhead: null,
    endArrowhead: "arrow",
    elbowed: false,
    ...rest,
  });
}

/**
 * The costliest scenes the caps allow, each under the API's body limit: elements carry only
 * the fields the reader needs, so as many fit as the caps let through.
 */
export function largestScenes(): Record<string, Fields[]> {
  const at = (id: string, type: string, x: number, y: number, width: number, height: number, fields: Fields = {}) => ({ id, type, x, y, width, height, ...fields });
  const loose = (id: string, from: [number, number], to: [number, number]) => at(id, "arrow", from[0], from[1], 0, 0, { points: [[0, 0], [to[0] - from[0], to[1] - from[1]]], endArrowhead: "arrow" });
  const kinded = { customData: { kind: "queue" } };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  // Every arrow end lands on the most shapes a point may have around it, turned so each comparison is costly.
  const pile = range(MAX_SHAPES_AROUND_A_POINT).map((i) => at(`p${i}`, "rectangle", -i, -i, 40 + 2 * i, 40 + 2 * i, { ...kinded, angle: 0.01 * i }));
  const arrowsIntoPile = range(MAX_SCENE_ARROWS).map((i) => loose(`a${i}`, [20, 20], [21 + (i % 7), 20]));
  // 300 labelled boxes, the arrows between them, and free texts and unlabelled shapes up to the element cap.
  const grid = (i: number): [number, number] => [(i % 20) * 300, Math.floor(i / 20) * 300];
  const boxes = range(300).flatMap((i) => [
    at(`b${i}`, "rectangle", ...grid(i), 200, 100, { boundElements: [{ id: `l${i}`, type: "text" }] }),
    at(`l${i}`, "text", grid(i)[0] + 10, grid(i)[1] + 10, 100, 25, { text: `Orders service ${i}`, containerId: `b${i}` }),
  ]);
  const arrows = range(MAX_SCENE_ARROWS).map((i) => loose(`c${i}`, [grid(i % 300)[0] + 100, grid(i % 300)[1] + 50], [grid((i * 7 + 1) % 300)[0] + 100, grid((i * 7 + 1) % 300)[1] + 50]));
  const filler = range(MAX_LIVE_ELEMENTS - boxes.length - arrows.length).map((i) =>
    i % 2 ? at(`f${i}`, "text", grid(i % 300)[0] + 20, grid(i % 300)[1] + 40, 50, 20, { text: "note" }) : at(`f${i}`, "ellipse", grid(i % 300)[0] + 150, grid(i % 300)[1] + 70, 10, 10),
  );
  // A few labels as long as the body allows: every word is looked up as a kind.
  const words = range(300).flatMap((i) => [at(`w${i}`, "rectangle", ...grid(i), 200, 100), at(`t${i}`, "text", grid(i)[0] + 5, grid(i)[1] + 5, 10, 10, { text: "queue cache db ".repeat(100) })]);
  return { pileUnderEveryArrow: [...pile, ...arrowsIntoPile], mostElements: [...boxes, ...arrows, ...filler], longLabels: words };
}
