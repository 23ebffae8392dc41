import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../lib/errors.ts";
import { AUTHORING_LIMITS } from "../problems/limits.ts";
import { layoutOf } from "./layout.ts";
import { buildZip, checkUploadPath, readZip } from "./zip.ts";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/** Rewrites every header's uncompressed size, as a bomb's author would, to pass a check on it. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i += 1) {
    const signature = view.getUint32(i, true);
    if (signature === LOCAL_HEADER) view.setUint32(i + 22, size, true);
    if (signature === CENTRAL_HEADER) view.setUint32(i + 24, size, true);
  }
  return out;
}

function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error("expected a ValidationError");
}

describe("readZip", () => {
  it("reads the text files of a zip, folders left out", () => {
    const zip = zipSync({ "bank/": new Uint8Array(0), "bank/problems/a/problem.md": strToU8("# A\n"), "bank/set.yaml": strToU8("title: é\n") });
    expect(readZip(zip)).toEqual([
      { path: "bank/problems/a/problem.md", content: "# A\n" },
      { path: "bank/set.yaml", content: "title: é\n" },
    ]);
  });

  it("reads back what buildZip wrote, byte for byte, and builds the same zip from the same files", () => {
    const files = { "problems/a/problem.md": "---\ntitle: A\n---\n", "rubrics/q.yaml": "id: q\n" };
    expect(Object.fromEntries(readZip(buildZip(files)).map((f) => [f.path, f.content]))).toEqual(files);
    expect(buildZip(files)).toEqual(buildZip({ "rubrics/q.yaml": "id: q\n", "problems/a/problem.md": "---\ntitle: A\n---\n" }));
  });

  it("stops inflating a bomb whose headers lie about its size", () => {
    const bomb = lieAboutSizes(zipSync({ "problems/a/problem.md": new Uint8Array(32 * 1024 * 1024) }, { level: 9 }), 100);
    const started = performance.now();
    expect(errorOf(() => readZip(bomb)).message).toMatch(/"problems\/a\/problem\.md" is larger than 128 KB/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("stops at the total size when many files are each under the limit", () => {
    const files = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`problems/p${i}/notes.md`, new Uint8Array(120 * 1024)]));
    expect(errorOf(() => readZip(zipSync(files))).message).toMatch(/unpacks to more than 8 MB/);
  });

  it("refuses too many entries, paths outside the folder, and binary files", () => {
    const many = Object.fromEntries(Array.from({ length: AUTHORING_LIMITS.importEntries + 1 }, (_, i) => [`f${i}.txt`, new Uint8Array(0)]));
    expect(errorOf(() => readZip(zipSync(many))).message).toMatch(/more than 2000 entries/);
    expect(errorOf(() => readZip(zipSync({ "a/../../b.txt": strToU8("x") }))).message).toMatch(/not a path inside the folder/);
    expect(errorOf(() => readZip(zipSync({ "logo.png": new Uint8Array([0x89, 0x50, 0xff, 0xfe]) }))).message).toMatch(/"logo\.png" is not UTF-8 text/);
    expect(errorOf(() => readZip(strToU8("PK not really"))).message).toMatch(/not a zip/);
  });
});

describe("checkUploadPath", () => {
  it.each(["/etc/passwd", "../x", "a/../../x", "a/./b", "C:/x", "a\\b", "a\u0000b", ""])("refuses %j", (path) => {
    expect(() => checkUploadPath(path)).toThrow(ValidationError);
  });

  it("takes relative paths, and drops a leading ./", () => {
    expect(checkUploadPath("./problems/a/problem.md")).toBe("problems/a/problem.md");
  });
});

describe("layoutOf", () => {
  it("drops a common top folder and hidden files, and sorts problems, rubrics and the set", () => {
    const layout = layoutOf([
      { path: "export/problems/a/problem.md", content: "A" },
      { path: "export/problems/a/tests/edge.test.ts", content: "T" },
      { path: "export/problems/.git/config", content: "x" },
      { path: "export/rubrics/q.yaml", content: "Q" },
      { path: "export/rubrics/rubric.schema.json", content: "{}" },
      { path: "export/set.yaml", content: "S" },
      { path: "export/README.md", content: "R" },
    ]);
    expect(layout).toEqual({ problems: new Map([["a", { "problem.md": "A", "tests/edge.test.ts": "T" }]]), rubrics: new Map([["q.yaml", "Q"]]), set: "S" });
  });

  it("keeps paths as they are when they already start at problems/ or rubrics/", () => {
    const layout = layoutOf([{ path: "problems/a/problem.md", content: "A" }]);
    expect([...layout.problems.keys()]).toEqual(["a"]);
  });
});
