import { z } from "zod";
import { ValidationError } from "../lib/errors.ts";

/** The most elements a scene may hold, deleted ones included (they are skipped unread). */
export const MAX_SCENE_ELEMENTS = 20_000;
/**
 * The most live elements and arrows read: many times any interview whiteboard (a few hundred
 * elements), and low enough that reading the largest scene stays within a few milliseconds.
 */
export const MAX_LIVE_ELEMENTS = 5_000;
export const MAX_SCENE_ARROWS = 1_000;

export type Point = readonly [number, number];

/** The parts of an element the reader uses, with what each element type adds. */
export interface SceneElement {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  angle: number;
  groupIds: string[];
  boundElements: { id: string; type: string }[];
  customData?: Record<string, unknown>;
}
export interface TextElement extends SceneElement {
  type: "text";
  /** The text as typed, one line: `originalText` when there is one, since `text` carries the wrapping. */
  content: string;
  containerId: string | null;
}
export interface LinearElement extends SceneElement {
  type: "arrow" | "line";
  points: Point[];
  /** The ids of the elements the ends are bound to, whatever the binding's format. */
  startBoundTo: string | null;
  endBoundTo: string | null;
  startArrowhead: string | null;
  endArrowhead: string | null;
}
export type ShapeType = "rectangle" | "ellipse" | "diamond" | "image";
export interface ShapeElement extends SceneElement {
  type: ShapeType;
}

/** The live elements of a scene, by what the reader does with them, in scene order. */
export interface Scene {
  byId: Map<string, SceneElement>;
  shapes: ShapeElement[];
  texts: TextElement[];
  linears: LinearElement[];
}

const SHAPE_TYPES: readonly string[] = ["rectangle", "ellipse", "diamond", "image"] satisfies ShapeType[];

const common = z.object({
  id: z.string().min(1).max(200),
  type: z.string(),
  groupIds: z.array(z.string()).nullish(),
  boundElements: z.array(z.object({ id: z.string(), type: z.string() })).nullish(),
  customData: z.record(z.string(), z.unknown()).nullish(),
});
const placed = common.extend({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), angle: z.number().nullish() });
const textSchema = placed.extend({ text: z.string(), originalText: z.string().nullish(), containerId: z.string().nullish() });
/**
 * Bindings over the versions: `{ elementId, focus, gap }` (0.17), with `fixedPoint` (0.18,
 * an array on elbow arrows, null otherwise), and `{ elementId, mode, fixedPoint }` since. Only
 * `elementId` matters here; the rest passes through unchecked.
 */
const bindingSchema = z.object({ elementId: z.string().min(1) }).nullish();
const isPoint = (p: unknown): p is Point => Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
/** Checked in one loop: a line may hold tens of thousands of points, and a tuple schema each costs twenty times more. */
const pointsSchema = z.custom<Point[]>((v) => Array.isArray(v) && v.length >= 2 && v.every(isPoint), "must be at least two [x, y] points");
const linearSchema = common.extend({
  x: z.number(),
  y: z.number(),
  angle: z.number().nullish(),
  points: pointsSchema,
  startBinding: bindingSchema,
  endBinding: bindingSchema,
  startArrowhead: z.string().nullish(),
  endArrowhead: z.string().nullish(),
});

const elementsSchema = z.array(z.unknown()).max(MAX_SCENE_ELEMENTS);
/** The saved file: `{ type: "excalidraw", version, elements, appState, files }`, or the clipboard's `excalidraw/clipboard`. */
const fileSchema = z.object({
  type: z
    .string()
    .refine((t) => t.startsWith("excalidraw"), { message: 'not an Excalidraw scene ("type" should be "excalidraw")' })
    .optional(),
  elements: elementsSchema,
});

function issues(error: z.ZodError, prefix: string): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${[prefix, ...i.path].filter((part) => part !== "").join(".") || "(scene)"}: ${i.message}`)
    .join("; ");
}

function base(e: z.infer<typeof placed>): SceneElement {
  return {
    id: e.id,
    type: e.type,
    x: e.x,
    y: e.y,
    width: e.width,
    height: e.height,
    angle: e.angle ?? 0,
    groupIds: e.groupIds ?? [],
    boundElements: e.boundElements ?? [],
    ...(e.customData ? { customData: e.customData } : {}),
  };
}

/** Validates one element against the schema of its type, once. */
function parseElement(raw: unknown, at: string): SceneElement {
  const fields = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const type = typeof fields.type === "string" ? fields.type : undefined;
  const where = type === undefined ? at : `${at} (${type}${typeof fields.id === "string" ? ` "${fields.id}"` : ""})`;
  const parse = <S extends z.ZodType>(schema: S): z.infer<S> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new ValidationError(`Not a valid Excalidraw scene: ${issues(parsed.error, where)}`);
    return parsed.data;
  };
  if (type === "text") {
    const e = parse(textSchema);
    const content = (e.originalText ?? e.text).replace(/\s+/g, " ").trim();
    const text: TextElement = { ...base(e), type, content, containerId: e.containerId ?? null };
    return text;
  }
  if (type === "arrow" || type === "line") {
    const e = parse(linearSchema);
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of e.points) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    const geometry = { x: e.x, y: e.y, width: maxX - minX, height: maxY - minY, angle: e.angle };
    const linear: LinearElement = {
      ...base({ ...e, ...geometry }),
      type,
      points: e.points,
      startBoundTo: e.startBinding?.elementId ?? null,
      endBoundTo: e.endBinding?.elementId ?? null,
      startArrowhead: e.startArrowhead ?? null,
      endArrowhead: e.endArrowhead ?? null,
    };
    return linear;
  }
  if (type !== undefined && SHAPE_TYPES.includes(type)) return base(parse(placed));
  // Frames, free drawing, embeds: only their id and type matter (an arrow may be bound to one).
  const e = parse(common);
  return { id: e.id, type: e.type, x: 0, y: 0, width: 0, height: 0, angle: 0, groupIds: [], boundElements: [] };
}

/**
 * Validates the parts of an Excalidraw scene the reader uses, tolerating every other field,
 * and keeps the live elements: deleted ones (`isDeleted: true`) are skipped unread. Throws a
 * ValidationError past MAX_LIVE_ELEMENTS or MAX_SCENE_ARROWS, before any geometry is done.
 */
export function parseScene(input: unknown): Scene {
  const parsed = Array.isArray(input) ? elementsSchema.safeParse(input) : fileSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(`Not a valid Excalidraw scene: ${issues(parsed.error, "")}`);
  const raw = Array.isArray(parsed.data) ? parsed.data : parsed.data.elements;
  const scene: Scene = { byId: new Map(), shapes: [], texts: [], linears: [] };
  let live = 0;
  for (const [i, element] of raw.entries()) {
    if (typeof element === "object" && element !== null && (element as { isDeleted?: unknown }).isDeleted === true) continue;
    if (++live > MAX_LIVE_ELEMENTS) throw new ValidationError(`The scene has more than ${MAX_LIVE_ELEMENTS} elements (deleted ones aside); at most ${MAX_LIVE_ELEMENTS} can be read.`);
    const e = parseElement(element, `elements.${i}`);
    // Merged collaborative edits can repeat an id; the first element keeps it.
    if (scene.byId.has(e.id)) continue;
    scene.byId.set(e.id, e);
    if (e.type === "text") scene.texts.push(e as TextElement);
    else if (e.type === "arrow" || e.type === "line") {
      if (scene.linears.push(e as LinearElement) > MAX_SCENE_ARROWS) throw new ValidationError(`The scene has more than ${MAX_SCENE_ARROWS} arrows and lines; at most ${MAX_SCENE_ARROWS} can be read.`);
    }
    else if (SHAPE_TYPES.includes(e.type)) scene.shapes.push(e as ShapeElement);
  }
  return scene;
}
