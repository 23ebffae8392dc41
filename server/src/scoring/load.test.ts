import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ValidationError } from "../lib/errors.ts";
import { loadRubrics, parseRubric } from "./load.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "rehearse-rubrics-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const YAML = "id: q1\ntitle: Q\nprompt: What?\nkind: concept\ncriteria:\n  - { id: a, title: A, weight: 1, modelAnswer: Because. }\n";

describe("parseRubric", () => {
  it("reads YAML and JSON, and fills in the version from the content when none is given", () => {
    const fromYaml = parseRubric(YAML, "q1.yaml");
    const fromJson = parseRubric(JSON.stringify({ $schema: "./rubric.schema.json", ...fromYaml, version: undefined }), "q1.json");
    expect(fromYaml.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect(fromJson).toEqual(fromYaml);
    expect(parseRubric(`${YAML}version: "7"\n`, "q1.yaml").version).toBe("7");
    expect(parseRubric(YAML.replace("Because.", "Since."), "q1.yaml").version).not.toBe(fromYaml.version);
  });

  it("names the file, line and field that is wrong", () => {
    expect(() => parseRubric("id: q1\ntitle: [unclosed\n", "bad.yaml")).toThrow(/^bad\.yaml:\d+:\d+: invalid YAML/);
    expect(() => parseRubric("{", "bad.json")).toThrow(/^bad\.json: invalid JSON/);
    expect(() => parseRubric(YAML.replace("kind: concept", "kind: trivia"), "q1.yaml")).toThrow(/q1\.yaml: invalid rubric:\n {2}kind: /);
  });
});

describe("loadRubrics", () => {
  it("loads every rubric file, skipping the schema, sorted by file name", async () => {
    const dir = await folder({ "q1.yaml": YAML, "q2.json": JSON.stringify(parseRubric(YAML.replace("q1", "q2"), "x.yaml")), "rubric.schema.json": "{}", "notes.txt": "x" });
    expect((await loadRubrics(dir)).map((r) => r.id)).toEqual(["q1", "q2"]);
  });

  it("reports every broken file at once, and a file not named after its id", async () => {
    const dir = await folder({ "q1.yaml": YAML, "wrong-name.yaml": YAML, "broken.yaml": "id: [" });
    const error = await loadRubrics(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^2 rubric\(s\) failed to load/);
    expect((error as Error).message).toContain('wrong-name.yaml: the file must be named after the rubric id ("q1.yaml")');
    expect((error as Error).message).toContain("broken.yaml");
  });

  it("loads the rubrics that ship: at least three design, three behavioral or leadership, three concept", async () => {
    const rubrics = await loadRubrics(join(import.meta.dirname, "../../../rubrics"));
    const count = (kinds: string[]) => rubrics.filter((r) => kinds.includes(r.kind)).length;
    expect(count(["design"])).toBeGreaterThanOrEqual(3);
    expect(count(["behavioral", "leadership"])).toBeGreaterThanOrEqual(3);
    expect(count(["concept"])).toBeGreaterThanOrEqual(3);
  });
});
