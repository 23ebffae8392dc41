import type { LinearElement, Point, SceneElement } from "./scene.ts";

/**
 * How far from a shape a loose arrow end may stop and still point at it, in scene units:
 * Excalidraw leaves a gap of a few units between a bound arrow and its shape, and people
 * drawing without binding stop about that short.
 */
export const ARROW_END_TOLERANCE = 16;

type Box = Pick<SceneElement, "x" | "y" | "width" | "height" | "angle">;

/** A box's x, y, width and height with the width and height made positive. */
function normal(b: Box) {
  return { x: Math.min(b.x, b.x + b.width), y: Math.min(b.y, b.y + b.height), width: Math.abs(b.width), height: Math.abs(b.height) };
}

export function centerOf(b: Box): Point {
  const n = normal(b);
  return [n.x + n.width / 2, n.y + n.height / 2];
}

export function areaOf(b: Box): number {
  return Math.abs(b.width * b.height);
}

function rotate([x, y]: Point, [cx, cy]: Point, angle: number): Point {
  if (angle === 0) return [x, y];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return [cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos];
}

/** How far a point lies outside a box, 0 when inside; a rotated box is measured in its own frame. */
export function distanceOutside(b: Box, p: Point): number {
  const n = normal(b);
  const [px, py] = rotate(p, centerOf(b), -b.angle);
  const dx = Math.max(n.x - px, 0, px - (n.x + n.width));
  const dy = Math.max(n.y - py, 0, py - (n.y + n.height));
  return Math.hypot(dx, dy);
}

/** Whether every corner of `inner` lies within `outer`. */
export function encloses(outer: Box, inner: Box): boolean {
  const n = normal(inner);
  const c = centerOf(inner);
  const corners: Point[] = [
    [n.x, n.y],
    [n.x + n.width, n.y],
    [n.x, n.y + n.height],
    [n.x + n.width, n.y + n.height],
  ];
  return corners.every((corner) => distanceOutside(outer, rotate(corner, c, inner.angle)) === 0);
}

/**
 * A point of an arrow or line on the canvas: `x + points[i][0]`, `y + points[i][1]`, turned
 * by the element's angle about the centre of its points, as Excalidraw draws it.
 */
export function linearPointAt(e: LinearElement, index: number): Point {
  const [px, py] = e.points[index] ?? [0, 0];
  if (e.angle === 0) return [e.x + px, e.y + py];
  const xs = e.points.map((p) => p[0]);
  const ys = e.points.map((p) => p[1]);
  const center: Point = [e.x + (Math.min(...xs) + Math.max(...xs)) / 2, e.y + (Math.min(...ys) + Math.max(...ys)) / 2];
  return rotate([e.x + px, e.y + py], center, e.angle);
}

/** The side of a cell of the spatial index, and the most cells one box may fill before it is checked on every query. */
const CELL = 256;
const MAX_CELLS_PER_BOX = 256;

/**
 * Boxes by where they lie, to find those near a point without trying every one: each box goes
 * in the grid cells its bounds (turned, plus `margin`) cross; a huge box is tried on every query.
 */
export function spatialIndex<T extends Box>(boxes: readonly T[], margin: number): (p: Point) => T[] {
  const cells = new Map<string, T[]>();
  const everywhere: T[] = [];
  for (const b of boxes) {
    const n = normal(b);
    const [cx, cy] = centerOf(b);
    const half = b.angle === 0 ? [n.width / 2, n.height / 2] : [Math.hypot(n.width, n.height) / 2, Math.hypot(n.width, n.height) / 2];
    const x0 = Math.floor((cx - half[0]! - margin) / CELL);
    const x1 = Math.floor((cx + half[0]! + margin) / CELL);
    const y0 = Math.floor((cy - half[1]! - margin) / CELL);
    const y1 = Math.floor((cy + half[1]! + margin) / CELL);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_BOX) {
      everywhere.push(b);
      continue;
    }
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) cells.set(`${x},${y}`, [...(cells.get(`${x},${y}`) ?? []), b]);
    }
  }
  return ([px, py]) => [...(cells.get(`${Math.floor(px / CELL)},${Math.floor(py / CELL)}`) ?? []), ...everywhere];
}
