import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savedScene } from "../diagram/fixtures.ts";
import { readDiagram } from "../diagram/read.ts";
import { diagramGraphSchema } from "../scoring/diagram.ts";
import { main, USAGE } from "./main.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/excalidraw/${name}`, import.meta.url));
const PIPELINE = fixture("order-pipeline.excalidraw");
const LEGACY = fixture("legacy-0.17.excalidraw");
const BIN = fileURLToPath(new URL("../../../bin/rehearse.js", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

let dir: string;
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rehearse-diagram-cli-"));
  await writeFile(at("not-json.excalidraw"), "{ this is not json");
  await writeFile(at("tldraw.json"), JSON.stringify({ type: "tldraw", elements: [] }));
  await writeFile(at("bad-element.excalidraw"), JSON.stringify({ type: "excalidraw", elements: [{ id: "r1", type: "rectangle", x: 0, y: 0 }] }));
  await writeFile(
    at("queues.yaml"),
    `id: queues
title: Queues
prompt: Put a queue in front of the workers.
kind: design
criteria:
  - id: architecture
    title: Architecture
    weight: 1
    components: [queue, cache]
`,
  );
  await writeFile(at("answer.md"), "See the diagram.");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("rehearse diagram", () => {
  it("prints the components with their kinds, the connections by label and the paths", async () => {
    const c = capture();
    expect(await main(["diagram", PIPELINE], c.io)).toBe(0);
    const text = c.out.join("\n");
    expect(text).toContain("Components (10):\n  Web app: client\n  API Gateway: api-gateway\n");
    expect(text).toContain('  Orders service (ECS Fargate) → orders-queue "enqueue order"\n');
    expect(text).toContain("Not connected: CloudWatch");
    expect(text).not.toContain("Arrows not read");
    expect(c.err).toEqual([]);
  });

  it("lists the arrows it could not read, and the components whose label names no kind", async () => {
    const c = capture();
    expect(await main(["diagram", LEGACY], c.io)).toBe(0);
    const text = c.out.join("\n");
    expect(text).toContain("  Audit log: service (no kind in the label)");
    expect(text).toMatch(/Arrows not read \(2\):\n {2}\S+: its end is attached to no component/);
  });

  it("prints exactly the graph with --json, and the arrows not read on stderr", async () => {
    const c = capture();
    expect(await main(["diagram", LEGACY, "--json"], c.io)).toBe(0);
    const graph = JSON.parse(c.out.join("\n")) as Record<string, unknown>;
    expect(Object.keys(graph)).toEqual(["components", "connections"]);
    expect(diagramGraphSchema.parse(graph)).toEqual(readDiagram(savedScene("legacy-0.17.excalidraw")).graph);
    expect(c.err).toEqual([expect.stringMatching(/^arrow \S+ not read: its end is attached/), expect.stringMatching(/^arrow \S+ not read: its end is bound to an image/)]);
  });

  it("exits 1 when the file cannot be read or is not a scene, naming the file", async () => {
    for (const [file, message] of [
      [at("missing.excalidraw"), "cannot read"],
      [at("not-json.excalidraw"), "is not JSON"],
      [at("tldraw.json"), "not an Excalidraw scene"],
      [at("bad-element.excalidraw"), 'elements.0 (rectangle "r1").width'],
    ] as const) {
      const c = capture();
      expect(await main(["diagram", file], c.io), file).toBe(1);
      expect(c.err.join("\n")).toContain(file.split("/").pop()!);
      expect(c.err.join("\n")).toContain(message);
      expect(c.out).toEqual([]);
    }
  });

  it("exits 2 on bad usage: no file, two files, an unknown option", async () => {
    for (const argv of [["diagram"], ["diagram", PIPELINE, LEGACY], ["diagram", PIPELINE, "--svg"]]) {
      const c = capture();
      expect(await main(argv, c.io), argv.join(" ")).toBe(2);
      expect(c.err.join("\n")).toContain("rehearse:");
    }
    const help = capture();
    expect(await main(["diagram", "--help"], help.io)).toBe(0);
    expect(help.out.join("\n")).toContain("Usage: rehearse diagram <scene.excalidraw> [--json]");
  });

  it("is in the usage, and runs as the real command, its JSON taken by score --diagram", async () => {
    expect(USAGE).toContain("diagram <scene.excalidraw> [--json]");
    const read = run("diagram", PIPELINE, "--json");
    expect(read.status).toBe(0);
    expect(read.stderr).toBe("");
    await writeFile(at("graph.json"), read.stdout);
    const scored = run("score", "--rubric", at("queues.yaml"), "--answer", at("answer.md"), "--diagram", at("graph.json"), "--json");
    expect(scored.status).toBe(0);
    const evidence = (JSON.parse(scored.stdout) as { criteria: { evidence: { quote: string }[] }[] }).criteria[0]!.evidence.map((e) => e.quote);
    expect(evidence).toEqual(['diagram: component "orders-queue" (queue)', 'diagram: component "Redis cache" (cache)']);
    expect(run("diagram", at("tldraw.json")).status).toBe(1);
    expect(run("diagram").status).toBe(2);
  });
});
