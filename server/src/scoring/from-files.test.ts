import { describe, expect, it } from "vitest";
import { ValidationError } from "../lib/errors.ts";
import { parseRubric, rubricsFromFiles } from "./load.ts";

const YAML = "id: q1\ntitle: Q\nprompt: What?\nkind: concept\ncriteria:\n  - { id: a, title: A, weight: 1, modelAnswer: Because. }\n";

function errorsOf(run: () => unknown): { file: string; line?: number; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return ((error as ValidationError).details as { errors: { file: string; line?: number; message: string }[] }).errors;
  }
  throw new Error("expected a ValidationError");
}

describe("rubric errors with their lines", () => {
  it("points each schema issue at the line of its key, an unknown key at that key", () => {
    const text = YAML.replace("kind: concept", "kind: trivia").replace("title: Q\n", "title: Q\ncolour: red\n");
    expect(errorsOf(() => parseRubric(text, "q1.yaml"))).toEqual([
      { file: "q1.yaml", line: 5, message: expect.stringMatching(/^kind: /) },
      { file: "q1.yaml", line: 3, message: expect.stringMatching(/colour/) },
    ]);
  });

  it("gives a YAML syntax error its line, and a JSON rubric's issues theirs", () => {
    expect(errorsOf(() => parseRubric("id: q1\ntitle: [unclosed\n", "q1.yaml"))).toEqual([{ file: "q1.yaml", line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^invalid YAML/) }]);
    const json = JSON.stringify({ ...parseRubric(YAML, "q1.yaml"), criteria: [{ id: "a", title: "A", weight: 0, modelAnswer: "B" }] }, null, 2);
    const [issue] = errorsOf(() => parseRubric(json, "q1.json"));
    expect(issue).toEqual({ file: "q1.json", line: json.split("\n").findIndex((l) => l.includes('"weight"')) + 1, message: expect.stringMatching(/^criteria\.0\.weight: /) });
  });
});

describe("rubricsFromFiles", () => {
  it("parses a folder's files in memory as loadRubrics does, sorted, schema file aside", () => {
    const rubrics = rubricsFromFiles({ "q2.yaml": YAML.replace("q1", "q2"), "q1.yaml": YAML, "rubric.schema.json": "{}", "notes.txt": "x" });
    expect(rubrics.map((r) => r.id)).toEqual(["q1", "q2"]);
  });

  it("reports every broken file, named under base", () => {
    const errors = errorsOf(() => rubricsFromFiles({ "q1.yaml": YAML, "wrong.yaml": YAML, "broken.yaml": "id: [" }, { base: "rubrics" }));
    expect(errors.map((e) => e.file)).toEqual(["rubrics/broken.yaml", "rubrics/wrong.yaml"]);
    expect(errors[1]).toEqual({ file: "rubrics/wrong.yaml", line: 1, message: 'the file must be named after the rubric id ("q1.yaml")' });
  });
});
