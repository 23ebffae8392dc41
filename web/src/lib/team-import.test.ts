import { describe, expect, it } from "vitest";
import { type PickedFile, planFolderImport } from "./team-import.ts";

const picked = (...paths: string[]): PickedFile[] => paths.map((path) => ({ path, content: `of ${path}` }));
const pathsOf = (plan: ReturnType<typeof planFolderImport>) => (plan.ok ? plan.files.map((f) => f.path) : plan.message);

describe("planFolderImport", () => {
  it("strips the picked folder's name from a folder holding problems/, rubrics/ and set.yaml", () => {
    const plan = planFolderImport(picked("loop/problems/two-sum/problem.md", "loop/rubrics/design-x.yaml", "loop/set.yaml", "loop/README.md", "loop/.git/HEAD"));
    expect(plan).toEqual({
      ok: true,
      files: [
        { path: "problems/two-sum/problem.md", content: "of loop/problems/two-sum/problem.md" },
        { path: "rubrics/design-x.yaml", content: "of loop/rubrics/design-x.yaml" },
        { path: "set.yaml", content: "of loop/set.yaml" },
      ],
      skipped: ["loop/README.md"],
    });
  });

  it("takes a picked problems/ or rubrics/ folder as it is", () => {
    expect(pathsOf(planFolderImport(picked("problems/a/problem.md", "problems/a/tests/x.test.ts")))).toEqual(["problems/a/problem.md", "problems/a/tests/x.test.ts"]);
    expect(pathsOf(planFolderImport(picked("rubrics/a.yaml", "rubrics/b.json", "rubrics/notes.txt")))).toEqual(["rubrics/a.yaml", "rubrics/b.json"]);
  });

  it("puts a single problem's folder under problems/", () => {
    expect(pathsOf(planFolderImport(picked("two-sum/problem.md", "two-sum/solution.ts", "two-sum/.DS_Store")))).toEqual(["problems/two-sum/problem.md", "problems/two-sum/solution.ts"]);
  });

  it("says what it needs when the folder has nothing it can import", () => {
    expect(planFolderImport([])).toEqual({ ok: false, message: "The folder has no files to import." });
    expect(pathsOf(planFolderImport(picked("stuff/a.txt", "stuff/b/c.md")))).toMatch(/^Pick a folder with a problems\/ or rubrics\/ folder/);
    expect(pathsOf(planFolderImport(picked("x/problems/readme.md")))).toBe("Nothing in that folder is a problem, a rubric or a set.yaml.");
  });
});
