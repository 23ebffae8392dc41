import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, USAGE } from "./main.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const RUBRIC = `id: queues
title: Why queues
prompt: Why put a queue between two services?
kind: concept
criteria:
  - id: why
    title: Why
    weight: 2
    concepts: [decouple, { name: buffer, synonyms: [absorb spikes] }]
  - id: reliability
    title: Reliability
    weight: 1
    concepts: [{ name: dead-letter queue, abbreviations: [DLQ] }]
`;
const STRONG = "A queue lets us decouple the services and absorb spikes; failures go to a DLQ.";
const DIAGRAM = { components: [{ id: "q", label: "orders-dlq", kind: "queue" }], connections: [] };

let dir: string;
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rehearse-score-cli-"));
  await writeFile(at("queues.yaml"), RUBRIC);
  await writeFile(at("bad-rubric.yaml"), RUBRIC.replace("kind: concept", "kind: trivia"));
  await writeFile(at("strong.md"), STRONG);
  await writeFile(at("thin.md"), "We decouple them.");
  await writeFile(at("diagram.json"), JSON.stringify(DIAGRAM));
  await writeFile(at("empty.md"), "");
  await writeFile(at("blank.md"), "  \n\t\n");
  await writeFile(at("with-empty.jsonl"), [JSON.stringify({ id: "ok", answer: STRONG }), JSON.stringify({ id: "blank", answer: " \n " }), JSON.stringify({ id: "none", answer: "" })].join("\n"));
  await writeFile(at("bad-diagram.json"), JSON.stringify({ components: [{ id: "q", label: "Q", kind: "mainframe" }], connections: [] }));
  await writeFile(
    at("answers.jsonl"),
    [JSON.stringify({ id: "a1", answer: STRONG }), "{not json", "", JSON.stringify({ id: "a2", answer: "We decouple them." }), JSON.stringify({ answer: "no id" })].join("\n"),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("rehearse score", () => {
  it("prints a human report: the total, each criterion with its evidence and a suggestion", async () => {
    const c = capture();
    expect(await main(["score", "--rubric", at("queues.yaml"), "--answer", at("thin.md")], c.io)).toBe(0);
    const text = c.out.join("\n");
    expect(text).toMatch(/Total: \d+\/100/);
    expect(text).toContain('+ concept "decouple": "We decouple them."');
    expect(text).toContain('- missing: concept "dead-letter queue"');
    expect(text).toMatch(/→ Bring in dead-letter queue/);
  });

  it("prints the result as JSON with --json: total, and criteria with level, evidence and suggestion", async () => {
    const c = capture();
    expect(await main(["score", "--rubric", at("queues.yaml"), "--answer", at("strong.md"), "--json"], c.io)).toBe(0);
    const result = JSON.parse(c.out.join("\n")) as { total: number; criteria: { id: string; level: number; evidence: { quote: string; start: number; end: number }[]; suggestion: string }[] };
    expect(result.total).toBe(100);
    expect(result.criteria.map((x) => [x.id, x.level])).toEqual([
      ["why", 4],
      ["reliability", 4],
    ]);
    for (const x of result.criteria) {
      expect(x.suggestion).toEqual(expect.any(String));
      for (const e of x.evidence) expect(STRONG.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("takes a diagram as evidence", async () => {
    const c = capture();
    expect(await main(["score", "--rubric", at("queues.yaml"), "--answer", at("thin.md"), "--diagram", at("diagram.json"), "--json"], c.io)).toBe(0);
    const result = JSON.parse(c.out.join("\n")) as { criteria: { id: string; evidence: { source: string; quote: string }[] }[] };
    expect(result.criteria[1]?.evidence).toEqual([expect.objectContaining({ source: "diagram", quote: 'diagram: component "orders-dlq" (queue)' })]);
  });

  it("scores a JSONL batch: a line per answer, bad lines on stderr by number, exit 1", async () => {
    const c = capture();
    expect(await main(["score", "--rubric", at("queues.yaml"), "--answers", at("answers.jsonl")], c.io)).toBe(1);
    const lines = c.out.map((l) => JSON.parse(l) as { id: string; total: number });
    expect(lines.map((l) => l.id)).toEqual(["a1", "a2"]);
    expect(lines[0]!.total).toBe(100);
    expect(lines[1]!.total).toBeLessThan(100);
    expect(c.err).toEqual([expect.stringMatching(/^line 2: not valid JSON/), expect.stringMatching(/^line 5: id: /)]);
  });

  it("refuses an empty or blank answer as the API does, exit 2, for --answer and for each --answers line", async () => {
    for (const file of ["empty.md", "blank.md"]) {
      const c = capture();
      expect(await main(["score", "--rubric", at("queues.yaml"), "--answer", at(file)], c.io)).toBe(2);
      expect(c.out).toEqual([]);
      expect(c.err.join("\n")).toContain(`${at(file)}: the answer is empty`);
    }
    const c = capture();
    expect(await main(["score", "--rubric", at("queues.yaml"), "--answers", at("with-empty.jsonl")], c.io)).toBe(2);
    expect(c.out.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["ok"]);
    expect(c.err).toEqual(["line 2: answer: the answer is empty", "line 3: answer: the answer is empty"]);
  });

  it("says when a score cannot be trusted, and gives no suggestion where nothing would help", async () => {
    const c = capture();
    expect(await main(["score", "--rubric", at("queues.yaml"), "--answer", at("thin.md")], c.io)).toBe(0);
    expect(c.out.join("\n")).toMatch(/Total: \d+\/100 \(not reliable\)\n\n! it is too short/);
    const strong = capture();
    await main(["score", "--rubric", at("queues.yaml"), "--answer", at("strong.md")], strong.io);
    expect(strong.out.join("\n")).not.toMatch(/→|Nothing missing/);
  });

  it("exits 2 on bad usage: missing flags, both inputs, unreadable files, invalid rubric or diagram", async () => {
    for (const argv of [
      ["score", "--answer", at("strong.md")],
      ["score", "--rubric", at("queues.yaml")],
      ["score", "--rubric", at("queues.yaml"), "--answer", at("strong.md"), "--answers", at("answers.jsonl")],
      ["score", "--rubric", at("missing.yaml"), "--answer", at("strong.md")],
      ["score", "--rubric", at("queues.yaml"), "--answer", at("missing.md")],
      ["score", "--rubric", at("bad-rubric.yaml"), "--answer", at("strong.md")],
      ["score", "--rubric", at("queues.yaml"), "--answer", at("strong.md"), "--diagram", at("bad-diagram.json")],
      ["score", "--rubric", at("queues.yaml"), "--answer", at("strong.md"), "--bogus"],
    ]) {
      const c = capture();
      expect(await main(argv, c.io), argv.join(" ")).toBe(2);
      expect(c.err.join("\n")).toContain("rehearse:");
    }
  });

  it("is in the usage, and runs as the real command", () => {
    expect(USAGE).toContain("score --rubric <file> --answer <file>");
    const bin = fileURLToPath(new URL("../../../bin/rehearse.js", import.meta.url));
    const ok = spawnSync(process.execPath, [bin, "score", "--rubric", at("queues.yaml"), "--answer", at("strong.md"), "--json"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { total: number }).total).toBe(100);
    expect(spawnSync(process.execPath, [bin, "score"], { encoding: "utf8" }).status).toBe(2);
  });
});
