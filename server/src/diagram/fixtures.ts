import { readFileSync } from "node:fs";

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
