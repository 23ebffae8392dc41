import { readFile } from "node:fs/promises";
import { type DiagramReading, readDiagram } from "../diagram/read.ts";
import { componentName } from "../diagram/summary.ts";
import { type Io, parse, UsageError } from "./io.ts";

const HELP = `Usage: rehearse diagram <scene.excalidraw> [--json]

Reads an Excalidraw scene as a design diagram: its components (labelled shapes, each with a
kind) and its connections (the arrows between them), and lists the arrows it could not read.
--json prints the graph alone, { components, connections }, as rehearse score --diagram takes it;
arrows not read then go to stderr.
Exits 0 when the scene was read, 1 when the file cannot be read or is not a valid scene, 2 on bad usage.`;

/** The reading for a person: components with their kinds, connections by label, arrows not read, the paths. */
export function formatReading({ graph, unresolved, unclassified, summary }: DiagramReading): string {
  const byId = new Map(graph.components.map((c) => [c.id, c]));
  const guessed = new Set(unclassified);
  const name = (id: string) => {
    const c = byId.get(id);
    return c ? componentName(c) : id;
  };
  const lines = [`Components (${graph.components.length}):`];
  for (const c of graph.components) lines.push(`  ${componentName(c)}: ${c.kind}${guessed.has(c.id) ? " (no kind in the label)" : ""}`);
  lines.push("", `Connections (${graph.connections.length}):`);
  for (const c of graph.connections) lines.push(`  ${name(c.from)} → ${name(c.to)}${c.label ? ` "${c.label}"` : ""}`);
  if (unresolved.length) {
    lines.push("", `Arrows not read (${unresolved.length}):`);
    for (const u of unresolved) lines.push(`  ${u.arrowId}: ${u.reason}`);
  }
  lines.push("", summary);
  return lines.join("\n");
}

export async function diagramCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: "boolean" } }, true);
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "diagram needs a scene file: rehearse diagram <scene.excalidraw>" : "diagram reads one scene at a time");
  const path = positionals[0]!;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new Error(`cannot read ${path}`);
  }
  let scene: unknown;
  try {
    scene = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  let reading: DiagramReading;
  try {
    reading = readDiagram(scene);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!values.json) {
    io.out(formatReading(reading));
    return 0;
  }
  io.out(JSON.stringify(reading.graph, null, 2));
  for (const u of reading.unresolved) io.err(`arrow ${u.arrowId} not read: ${u.reason}`);
  return 0;
}
