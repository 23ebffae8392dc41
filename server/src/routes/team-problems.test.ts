import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemSetItems, problemSets, teamProblemVersions } from "../db/schema/index.ts";
import { FRONT_MATTER, SOLUTION, STARTER } from "../problems/fixtures.ts";
import { findPublishedTeamProblem } from "../services/team-problems/published.ts";
import { loadVersionContent } from "../teams/content.ts";
import { codingFiles, call, rubricYaml, type TeamTestApp, teamOwner, teamTestApp } from "../teams/problems/fixtures.ts";
import { SAME_ORIGIN, type TestAccount } from "./fixtures.ts";
import { signUp } from "./fixtures.ts";

let t: TeamTestApp;
let owner: TestAccount;
let teamId: string;
beforeAll(async () => {
  t = await teamTestApp();
  ({ owner, teamId } = await teamOwner(t.app));
});
afterAll(() => t.close());

interface Issue {
  file?: string;
  line?: number;
  message: string;
}
interface Saved {
  problem: { id: string; slug: string; kind: string; title: string; latestVersion: number; publishedVersion: number | null; status: string };
  version: { version: number; status: string; validation: { ok: boolean; errors: Issue[]; tests?: { name: string; status: string; message?: string }[]; starterAccepted?: boolean } };
}

const WRONG_SOLUTION = SOLUTION.replace("a + b", "a - b");
const problems = () => `/api/teams/${teamId}/problems`;
const create = (kind: string, slug: string, files: Record<string, string>) => call<Saved>(t.app, "POST", problems(), owner, { kind, slug, files });
const save = (id: string, files: Record<string, string>) => call<Saved>(t.app, "PUT", `${problems()}/${id}`, owner, { files });

describe("authoring a coding problem", () => {
  let id: string;

  it("saves a problem whose reference fails as a draft, with the failing tests", async () => {
    const res = await create("coding", "add-two", codingFiles({ "solution.ts": WRONG_SOLUTION }));
    expect(res.status).toBe(201);
    id = res.body.problem.id;
    expect(res.body.problem).toMatchObject({ slug: "add-two", kind: "coding", title: "Add two numbers", latestVersion: 1, publishedVersion: null, status: "draft" });
    const { version } = res.body;
    expect(version).toMatchObject({ version: 1, status: "draft", validation: { ok: false, starterAccepted: false } });
    expect(version.validation.errors).toContainEqual({ file: "solution.ts", message: expect.stringMatching(/^reference solution: Wrong Answer/) });
    expect(version.validation.tests?.map((x) => x.name)).toEqual(expect.arrayContaining(["add > adds small numbers"]));
    expect(version.validation.tests?.every((x) => x.status === "failed" && x.message)).toBe(true);
    expect(await findPublishedTeamProblem(t.db, teamId, id)).toBeNull();
  });

  it("publishes the version that fixes it", async () => {
    const res = await save(id, codingFiles());
    expect(res.status).toBe(200);
    expect(res.body.problem).toMatchObject({ latestVersion: 2, publishedVersion: 2, status: "published" });
    expect(res.body.version).toEqual({ version: 2, status: "published", validation: { ok: true, errors: [], tests: [], starterAccepted: false } });
    const published = await findPublishedTeamProblem(t.db, teamId, id);
    expect(published).toMatchObject({ problemId: id, slug: "add-two", kind: "coding", title: "Add two numbers", version: 2 });
    const content = await loadVersionContent(t.db, published?.versionId ?? "");
    expect(content.kind).toBe("coding");
    expect(content.kind === "coding" && content.problem).toMatchObject({ slug: "add-two", solution: SOLUTION, starter: STARTER });
  });

  it("saves an edit as a new version and keeps the published one, untouched, until an edit is valid", async () => {
    const solvedStarter = codingFiles({ "starter.ts": SOLUTION, "problem.md": `---\n${FRONT_MATTER.replace("Add two numbers", "Add two numbers, again")}---\n\nAdd.\n` });
    const res = await save(id, solvedStarter);
    expect(res.body.version).toMatchObject({ version: 3, status: "draft", validation: { ok: false, starterAccepted: true } });
    expect(res.body.version.validation.errors).toContainEqual({ file: "starter.ts", message: "starter: is Accepted; it must not solve the problem" });
    // The title sets show stays the published version's.
    expect(res.body.problem).toMatchObject({ latestVersion: 3, publishedVersion: 2, status: "published", title: "Add two numbers" });

    const detail = await call<{ problem: Saved["problem"]; version: { version: number; files: Record<string, string> }; versions: { version: number; status: string }[] }>(
      t.app,
      "GET",
      `${problems()}/${id}`,
      owner,
    );
    expect(detail.body.version.version).toBe(3);
    expect(detail.body.version.files["starter.ts"]).toBe(SOLUTION);
    expect(detail.body.versions.map((v) => [v.version, v.status])).toEqual([
      [1, "draft"],
      [2, "published"],
      [3, "draft"],
    ]);
    const v2 = await call<{ version: number; status: string; files: Record<string, string> }>(t.app, "GET", `${problems()}/${id}/versions/2`, owner);
    expect(v2.body).toMatchObject({ version: 2, status: "published", files: codingFiles() });
    const rows = await t.db.select().from(teamProblemVersions).where(and(eq(teamProblemVersions.problemId, id), eq(teamProblemVersions.version, 2)));
    expect(rows[0]?.files).toEqual(codingFiles());
    expect((await call(t.app, "GET", `${problems()}/${id}/versions/9`, owner)).status).toBe(404);
  });

  it("points a starter that does not compile at its file and line", async () => {
    const res = await save(id, codingFiles({ "starter.ts": "export function add(a: number, b: number): number {\n  return (;\n}\n" }));
    const error = res.body.version.validation.errors.find((e) => e.file === "starter.ts");
    expect(error).toMatchObject({ file: "starter.ts", line: 2, message: expect.stringMatching(/^starter: does not compile/) });
  });
});

describe("files that do not load", () => {
  it("keeps them as a draft without judging, each error with its file and line", async () => {
    const markdown = "---\ntitle: Add two numbers\ndifficulty: extreme\ntags: [math]\narea: algorithms\n---\n\nAdd.\n";
    const cases = '{\n  "function": "add",\n  "cases": [\n    { "args": [1, 2] "expected": 3 }\n  ]\n}\n';
    const res = await create("coding", "broken-add", codingFiles({ "problem.md": markdown, "cases.json": cases }));
    expect(res.status).toBe(201);
    expect(res.body.version.status).toBe("draft");
    expect(res.body.version.validation.errors).toEqual(
      expect.arrayContaining([
        { file: "problem.md", line: 3, message: expect.stringMatching(/^difficulty: /) },
        { file: "cases.json", line: 4, column: expect.any(Number), message: expect.stringMatching(/^invalid JSON/) },
      ]),
    );
    expect(res.body.version.validation.tests).toBeUndefined();
    expect(res.body.problem.title).toBe("broken-add");
  });
});

describe("authoring a rubric-scored question", () => {
  it("reports a schema error with its line, then publishes the fixed rubric", async () => {
    const broken = rubricYaml("why-queues").replace("weight: 1", "weight: -1");
    const res = await create("concept", "why-queues", { "rubric.yaml": broken });
    expect(res.status).toBe(201);
    expect(res.body.version).toMatchObject({ version: 1, status: "draft", validation: { ok: false } });
    expect(res.body.version.validation.errors).toEqual([{ file: "rubric.yaml", line: 8, message: expect.stringMatching(/^criteria\.0\.weight: /) }]);

    const fixed = await save(res.body.problem.id, { "rubric.yaml": rubricYaml("why-queues") });
    expect(fixed.body.version).toEqual({ version: 2, status: "published", validation: { ok: true, errors: [] } });
    expect(fixed.body.problem).toMatchObject({ title: "Why queues", publishedVersion: 2 });
    const published = await findPublishedTeamProblem(t.db, teamId, res.body.problem.id);
    const content = await loadVersionContent(t.db, published?.versionId ?? "");
    expect(content).toMatchObject({ kind: "concept", rubric: { id: "why-queues", title: "Why queues" } });
  });

  it("wants the rubric of the problem's kind, with its slug as id, naming the lines", async () => {
    const res = await create("design", "queue-design", { "rubric.yaml": rubricYaml("other-id") });
    expect(res.body.version.validation.errors).toEqual([
      { file: "rubric.yaml", line: 4, message: 'kind: is "concept"; this is a design problem' },
      { file: "rubric.yaml", line: 1, message: 'id: is "other-id"; it must be the problem\'s slug, "queue-design"' },
    ]);
  });
});

describe("what cannot be saved at all", () => {
  it("refuses bad slugs, taken slugs, stray files and too many or too large files", async () => {
    expect((await create("coding", "Add_Two", codingFiles())).status).toBe(400);
    expect((await create("concept", "double--dash", { "rubric.yaml": rubricYaml("double--dash") })).status).toBe(400);
    expect((await create("concept", "why-queues", { "rubric.yaml": rubricYaml("why-queues") })).status).toBe(409);
    expect((await create("concept", "two-files", { "rubric.yaml": rubricYaml("two-files"), "notes.md": "x" })).status).toBe(400);
    expect((await create("coding", "climbs-out", codingFiles({ "../../etc/passwd": "x" }))).status).toBe(400);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`extra-${i}.md`, "x"]));
    const tooMany = await create("coding", "too-many", { ...codingFiles(), ...many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ message: expect.stringContaining("at most 50") });
    const tooLarge = await create("coding", "too-large", codingFiles({ "notes.md": "x".repeat(129 * 1024) }));
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body).toMatchObject({ details: { errors: [{ file: "notes.md", message: expect.stringContaining("at most 128 KB") }] } });
    const list = await call<{ problems: { slug: string }[] }>(t.app, "GET", problems(), owner);
    expect(list.body.problems.map((p) => p.slug)).not.toContain("too-large");
  });

  it("hides the team's problems from anyone outside it", async () => {
    const stranger = await signUp(t.app);
    const list = await call<{ problems: { id: string }[] }>(t.app, "GET", problems(), owner);
    const someId = list.body.problems[0]?.id ?? "";
    expect((await call(t.app, "GET", problems(), stranger)).status).toBe(404);
    expect((await call(t.app, "GET", `${problems()}/${someId}`, stranger)).status).toBe(404);
    expect((await call(t.app, "PUT", `${problems()}/${someId}`, stranger, { files: codingFiles() })).status).toBe(404);
    expect((await call(t.app, "DELETE", `${problems()}/${someId}`, stranger)).status).toBe(404);
    expect((await call(t.app, "GET", problems())).status).toBe(401);
    const { owner: other, teamId: otherTeam } = await teamOwner(t.app, "Other");
    expect((await call(t.app, "GET", `/api/teams/${otherTeam}/problems/${someId}`, other)).status).toBe(404);
  });
});

describe("deleting", () => {
  it("deletes a problem no set uses, and refuses one a set uses", async () => {
    const kept = await create("concept", "in-a-set", { "rubric.yaml": rubricYaml("in-a-set") });
    const gone = await create("concept", "not-in-a-set", { "rubric.yaml": rubricYaml("not-in-a-set") });
    const [set] = await t.db.insert(problemSets).values({ organizationId: teamId, title: "Loop", timeLimitMinutes: 60 }).returning();
    await t.db.insert(problemSetItems).values({ setId: set?.id ?? "", position: 1, source: "team", ref: kept.body.problem.id, kind: "concept", points: 10 });

    const refused = await call(t.app, "DELETE", `${problems()}/${kept.body.problem.id}`, owner);
    expect(refused.status).toBe(409);
    const deleted = await t.app.request(`${problems()}/${gone.body.problem.id}`, { method: "DELETE", headers: { Cookie: owner.cookie, ...SAME_ORIGIN } });
    expect(deleted.status).toBe(204);
    expect((await call(t.app, "GET", `${problems()}/${gone.body.problem.id}`, owner)).status).toBe(404);
    expect((await call(t.app, "GET", `${problems()}/${kept.body.problem.id}`, owner)).status).toBe(200);
  });
});
