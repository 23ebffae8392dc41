import { ValidationError } from "../lib/errors.ts";
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
  // Called for every text and arrow end against the shapes near it: no allocation when not turned.
  const x0 = Math.min(b.x, b.x + b.width);
  const y0 = Math.min(b.y, b.y + b.height);
  const x1 = x0 + Math.abs(b.width);
  const y1 = y0 + Math.abs(b.height);
  const [px, py] = b.angle === 0 ? p : rotate(p, [x0 + Math.abs(b.width) / 2, y0 + Math.abs(b.height) / 2], -b.angle);
  const dx = Math.max(x0 - px, 0, px - x1);
  const dy = Math.max(y0 - py, 0, py - y1);
  return dx === 0 && dy === 0 ? 0 : Math.hypot(dx, dy);
}

/** Whether every corner of `inner` lies within `outer`. */
export function encloses(outer: Box, inner: Box): boolean {
  if (areaOf(inner) > areaOf(outer)) return false;
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
  // A loop, not Math.min(...xs): spreading tens of thousands of points overflows the stack.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of e.points) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  return rotate([e.x + px, e.y + py], [e.x + (minX + maxX) / 2, e.y + (minY + maxY) / 2], e.angle);
}

/**
 * The spatial index is a stack of grids, each level's cells LEVEL_RATIO times wider than the
 * last; a box goes in the finest level where it crosses at most MAX_CELLS_ACROSS cells each
 * way, so a query looks at one cell per level and a box fills at most 16 cells.
 */
const CELL = 64;
const LEVEL_RATIO = 8;
const MAX_CELLS_ACROSS = 4;
/** Past this level (cells of 64 * 8^8, about 10^9 units) every box shares one cell. */
const TOP_LEVEL = 8;

/**
 * The most shapes one point of the canvas may have around it (in the cells a query reads).
 * Every text and arrow end is checked against those shapes, so a pile of shapes under many
 * arrows would cost their product; no whiteboard a person can read stacks this many.
 */
export const MAX_SHAPES_AROUND_A_POINT = 64;

/**
 * Boxes by where they lie, to find those near a point without trying every one: each box (its
 * bounds turned, plus `margin`) goes in the cells it crosses at its level. A query returns a
 * superset of the boxes within `margin` of the point; it throws a ValidationError when more
 * than MAX_SHAPES_AROUND_A_POINT lie there, so its cost stays bounded whatever the scene.
 */
export function spatialIndex<T extends Box>(boxes: readonly T[], margin: number): (p: Point) => T[] {
  const cells = new Map<string, T[]>();
  const levels = new Set<number>();
  const cellAt = (level: number, x: number, y: number) => (level === TOP_LEVEL ? `${level}` : `${level}:${x},${y}`);
  for (const b of boxes) {
    const n = normal(b);
    const [cx, cy] = centerOf(b);
    const [hw, hh] = b.angle === 0 ? [n.width / 2, n.height / 2] : [Math.hypot(n.width, n.height) / 2, Math.hypot(n.width, n.height) / 2];
    let level = 0;
    let size = CELL;
    const first = (c: number, half: number) => Math.floor((c - half - margin) / size);
    const last = (c: number, half: number) => Math.floor((c + half + margin) / size);
    // Written so that a span that is not a number (bounds past Number.MAX_VALUE) goes up too, never into an endless loop.
    while (level < TOP_LEVEL && !(Math.max(last(cx, hw) - first(cx, hw), last(cy, hh) - first(cy, hh)) < MAX_CELLS_ACROSS)) {
      level++;
      size *= LEVEL_RATIO;
    }
    levels.add(level);
    const [x0, x1, y0, y1] = level === TOP_LEVEL ? [0, 0, 0, 0] : [first(cx, hw), last(cx, hw), first(cy, hh), last(cy, hh)];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = cellAt(level, x, y);
        const cell = cells.get(key);
        if (cell) cell.push(b);
        else cells.set(key, [b]);
      }
    }
  }
  const used = [...levels];
  return ([px, py]) => {
    const found: T[][] = [];
    let count = 0;
    for (const level of used) {
      const size = CELL * LEVEL_RATIO ** level;
      const cell = cells.get(cellAt(level, Math.floor(px / size), Math.floor(py / size)));
      if (!cell) continue;
      found.push(cell);
      count += cell.length;
    }
    if (count > MAX_SHAPES_AROUND_A_POINT) {
      throw new ValidationError(
        `More than ${MAX_SHAPES_AROUND_A_POINT} shapes are piled around (${Math.round(px)}, ${Math.round(py)}); spread them out or delete hidden ones to have the diagram read.`,
      );
    }
    return found.flat();
  };
}
