import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkProblem, checkRubrics } from "../cli/check.ts";
import { makeTempDir } from "../problems/fixtures.ts";
import { codingFiles, call, rubricYaml, type TeamTestApp, teamOwner, teamTestApp } from "../teams/problems/fixtures.ts";
import { SAME_ORIGIN, type TestAccount } from "./fixtures.ts";

let t: TeamTestApp;
let owner: TestAccount;
let teamId: string;
let root: string;
beforeAll(async () => {
  t = await teamTestApp();
  ({ owner, teamId } = await teamOwner(t.app));
  root = await makeTempDir("rehearse-export-");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await t.close();
});

interface ImportAnswer {
  imported: { id: string; slug: string; kind: string; version: number }[];
  set?: { id: string };
}

const SET_YAML = `title: Backend loop
instructions: Take your time.
timeLimitMinutes: 90
items:
  - { source: team, ref: add-two, points: 40 }
  - { source: team, ref: why-queues, points: 30 }
  - { source: bank, ref: bank-add, points: 20 }
  - { source: bank, ref: bank-queues, points: 10 }
`;

function folder(prefix: string, files: Record<string, string>): { path: string; content: string }[] {
  return Object.entries(files).map(([path, content]) => ({ path: `${prefix}${path}`, content }));
}

function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, data]) => [path, typeof data === "string" ? strToU8(data) : data])));
}

async function importZip(zip: Uint8Array, account = owner) {
  const res = await t.app.request(`/api/teams/${teamId}/import`, {
    method: "POST",
    headers: { "Content-Type": "application/zip", Cookie: account.cookie, ...SAME_ORIGIN },
    body: new Uint8Array(zip),
  });
  return { status: res.status, body: (await res.json()) as ImportAnswer & { message?: string; details?: { errors: { file: string; line?: number; message: string }[] } } };
}

async function download(path: string): Promise<Record<string, string>> {
  const res = await t.app.request(path, { headers: { Cookie: owner.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/zip");
  expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="[^"]+\.zip"; filename\*=UTF-8''\S+\.zip$/);
  const entries = unzipSync(new Uint8Array(await res.arrayBuffer()));
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

async function listSlugs(): Promise<string[]> {
  const list = await call<{ problems: { slug: string }[] }>(t.app, "GET", `/api/teams/${teamId}/problems`, owner);
  return list.body.problems.map((p) => p.slug);
}

describe("importing", () => {
  it("imports nothing when any file is wrong, and names every error's file and line", async () => {
    const upload = folder("my-bank/", {
      ...Object.fromEntries(Object.entries(codingFiles()).map(([p, c]) => [`problems/fine/${p}`, c])),
      "problems/bad-yaml/problem.md": "---\ntitle: Add\ndifficulty: [easy\n---\nBody\n",
      "problems/bad-yaml/starter.ts": "export {};\n",
      "rubrics/why-queues.yaml": rubricYaml("why-queues").replace("kind: concept", "kind: trivia"),
      "set.yaml": "title: Loop\ntimeLimitMinutes: 0\nitems:\n  - { source: team, ref: fine, points: 5 }\n",
      "README.md": "not part of the layout",
    });
    const res = await call<{ details: { errors: { file: string; line?: number; message: string }[] } }>(t.app, "POST", `/api/teams/${teamId}/import`, owner, { files: upload });
    expect(res.status).toBe(422);
    const errors = res.body.details.errors;
    expect(errors).toContainEqual({ file: "problems/bad-yaml/problem.md", line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^invalid YAML front matter/) });
    expect(errors.find((e) => e.file === "problems/bad-yaml/problem.md")?.line).toBeGreaterThanOrEqual(3);
    expect(errors).toContainEqual({ file: "problems/bad-yaml/solution.ts", message: "missing" });
    expect(errors).toContainEqual({ file: "rubrics/why-queues.yaml", line: 4, message: expect.stringMatching(/^kind: /) });
    expect(errors).toContainEqual({ file: "set.yaml", line: 2, message: expect.stringMatching(/^timeLimitMinutes: /) });
    expect(errors.some((e) => e.file.startsWith("problems/fine"))).toBe(false);
    expect(await listSlugs()).toEqual([]);
  });

  it("reports a reference that fails in an import against its problem", async () => {
    const files = codingFiles({ "solution.ts": codingFiles()["starter.ts"] });
    const res = await importZip(zipOf(Object.fromEntries(Object.entries(files).map(([p, c]) => [`problems/add-wrong/${p}`, c]))));
    expect(res.status).toBe(422);
    expect(res.body.details?.errors).toContainEqual({ file: "problems/add-wrong/solution.ts", message: expect.stringMatching(/^reference solution: Wrong Answer/) });
    expect(await listSlugs()).toEqual([]);
  });

  it("imports a zip with a set, exports it in a layout `problems check` passes, and re-imports it as new versions", async () => {
    const zip = zipOf({
      ...Object.fromEntries(Object.entries(codingFiles()).map(([p, c]) => [`problems/add-two/${p}`, c])),
      "rubrics/why-queues.yaml": rubricYaml("why-queues"),
      "set.yaml": SET_YAML,
      "__MACOSX/problems/add-two/._problem.md": "junk",
      "problems/add-two/.DS_Store": "junk",
    });
    const res = await importZip(zip);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.imported.map((p) => [p.slug, p.kind, p.version])).toEqual([
      ["add-two", "coding", 1],
      ["why-queues", "concept", 1],
    ]);
    const list = await call<{ problems: { slug: string; status: string; title: string }[] }>(t.app, "GET", `/api/teams/${teamId}/problems`, owner);
    expect(list.body.problems.map((p) => [p.slug, p.status, p.title])).toEqual([
      ["add-two", "published", "Add two numbers"],
      ["why-queues", "published", "Why queues"],
    ]);
    const setId = res.body.set?.id ?? "";
    const set = await call<{ set: { title: string; timeLimitMinutes: number; items: { source: string; ref: string; kind: string; points: number }[] } }>(
      t.app,
      "GET",
      `/api/teams/${teamId}/sets/${setId}`,
      owner,
    );
    const ids = Object.fromEntries(res.body.imported.map((p) => [p.slug, p.id]));
    expect(set.body.set).toMatchObject({ title: "Backend loop", timeLimitMinutes: 90 });
    expect(set.body.set.items.map((i) => [i.source, i.ref, i.kind, i.points])).toEqual([
      ["team", ids["add-two"], "coding", 40],
      ["team", ids["why-queues"], "concept", 30],
      ["bank", "bank-add", "coding", 20],
      ["bank", "bank-queues", "concept", 10],
    ]);

    const exported = await download(`/api/teams/${teamId}/export`);
    expect(Object.keys(exported).sort()).toEqual([...Object.keys(codingFiles()).map((p) => `problems/add-two/${p}`), "rubrics/why-queues.yaml"].sort());
    const dir = join(root, "team");
    for (const [path, text] of Object.entries(exported)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const check = await checkProblem(join(dir, "problems", "add-two"), t.judge);
    expect(check).toEqual({ slug: "add-two", ok: true, errors: [] });
    expect(await checkRubrics(join(dir, "rubrics"))).toEqual([{ file: join(dir, "rubrics", "why-queues.yaml"), ok: true, errors: [] }]);

    const again = await importZip(zipSync(Object.fromEntries(Object.entries(exported).map(([p, c]) => [p, strToU8(c)]))));
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.imported.map((p) => [p.slug, p.version, p.id])).toEqual([
      ["add-two", 2, ids["add-two"]],
      ["why-queues", 2, ids["why-queues"]],
    ]);
    expect(again.body.set).toBeUndefined();
  });

  it("exports a set with set.yaml and the team's problems; bank items as references, none of their files", async () => {
    const sets = await call<{ sets: { id: string; title: string }[] }>(t.app, "GET", `/api/teams/${teamId}/sets`, owner);
    const setId = sets.body.sets.find((s) => s.title === "Backend loop")?.id ?? "";
    const files = await download(`/api/teams/${teamId}/sets/${setId}/export`);
    expect(parse(files["set.yaml"] ?? "")).toEqual({
      title: "Backend loop",
      instructions: "Take your time.",
      timeLimitMinutes: 90,
      resultsVisibleToCandidate: false,
      items: [
        { source: "team", ref: "add-two", points: 40 },
        { source: "team", ref: "why-queues", points: 30 },
        { source: "bank", ref: "bank-add", points: 20 },
        { source: "bank", ref: "bank-queues", points: 10 },
      ],
    });
    expect(Object.keys(files).sort()).toEqual(["set.yaml", ...Object.keys(codingFiles()).map((p) => `problems/add-two/${p}`), "rubrics/why-queues.yaml"].sort());
    expect(files["problems/add-two/problem.md"]).toBe(codingFiles()["problem.md"]);
    expect(files["rubrics/why-queues.yaml"]).toBe(rubricYaml("why-queues"));
  });

  it("imports a set of bank items alone, resolving its references against this server's bank", async () => {
    const created = await call<{ set: { id: string } }>(t.app, "POST", `/api/teams/${teamId}/sets`, owner, {
      title: "Bank only",
      timeLimitMinutes: 45,
      items: [
        { source: "bank", ref: "bank-queues", points: 30 },
        { source: "bank", ref: "bank-add", points: 70 },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const files = await download(`/api/teams/${teamId}/sets/${created.body.set.id}/export`);
    expect(Object.keys(files)).toEqual(["set.yaml"]);

    const other = await teamOwner(t.app, "Elsewhere");
    const res = await call<ImportAnswer>(t.app, "POST", `/api/teams/${other.teamId}/import`, other.owner, { files: [{ path: "set.yaml", content: files["set.yaml"] ?? "" }] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.imported).toEqual([]);
    const set = await call<{ set: { items: { source: string; ref: string; kind: string; title: string; points: number }[] } }>(
      t.app,
      "GET",
      `/api/teams/${other.teamId}/sets/${res.body.set?.id}`,
      other.owner,
    );
    expect(set.body.set.items.map((i) => [i.source, i.ref, i.kind, i.title, i.points])).toEqual([
      ["bank", "bank-queues", "concept", "Why queues", 30],
      ["bank", "bank-add", "coding", "Add two numbers", 70],
    ]);
  });

  it("refuses a bank reference this server's bank lacks, even when the files came along, and imports nothing", async () => {
    const other = await teamOwner(t.app, "Refused");
    const setYaml = "title: Elsewhere\ntimeLimitMinutes: 30\nitems:\n  - { source: bank, ref: their-private-add, points: 50 }\n  - { source: bank, ref: why-queues, points: 50 }\n";
    const upload = [{ path: "set.yaml", content: setYaml }, { path: "rubrics/why-queues.yaml", content: rubricYaml("why-queues") }];
    const res = await call<{ details: { errors: { file: string; line?: number; message: string }[] } }>(t.app, "POST", `/api/teams/${other.teamId}/import`, other.owner, {
      files: upload,
    });
    expect(res.status).toBe(422);
    expect(res.body.details.errors).toEqual([
      { file: "set.yaml", line: 4, message: `items.0.ref: no problem or question "their-private-add" in this server's bank` },
      { file: "set.yaml", line: 5, message: expect.stringMatching(/^items\.1\.ref: no problem or question "why-queues" in this server's bank; to use the one in this import, write `source: team`$/) },
    ]);
    const list = await call<{ problems: unknown[] }>(t.app, "GET", `/api/teams/${other.teamId}/problems`, other.owner);
    expect(list.body.problems).toEqual([]);
    const sets = await call<{ sets: unknown[] }>(t.app, "GET", `/api/teams/${other.teamId}/sets`, other.owner);
    expect(sets.body.sets).toEqual([]);
  });
});

describe("hostile uploads", () => {
  it("refuses a zip bomb before unpacking it", async () => {
    const bomb = zipOf({ "problems/a/problem.md": new Uint8Array(16 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(512 * 1024);
    const res = await importZip(bomb);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/larger than 128 KB/);
  });

  it("refuses paths that climb out of the folder, in a zip or a folder upload", async () => {
    const zipped = await importZip(zipOf({ "../../etc/cron.d/evil": "* * * * * root rm -rf /", "problems/a/problem.md": "x" }));
    expect(zipped.status).toBe(400);
    expect(zipped.body.message).toMatch(/not a path inside the folder/);
    for (const path of ["/etc/passwd", "problems/../../x", "C:/Windows/win.ini", "problems\\a\\problem.md"]) {
      const res = await call(t.app, "POST", `/api/teams/${teamId}/import`, owner, { files: [{ path, content: "x" }] });
      expect(res.status, path).toBe(400);
    }
  });

  it("refuses what is not a zip, and a body that is neither zip nor JSON", async () => {
    expect((await importZip(strToU8("just some text"))).status).toBe(400);
    const res = await t.app.request(`/api/teams/${teamId}/import`, { method: "POST", headers: { "Content-Type": "text/plain", Cookie: owner.cookie, ...SAME_ORIGIN }, body: "x" });
    expect(res.status).toBe(400);
  });

  it("says so when nothing in the upload is a problem", async () => {
    const res = await call<{ details: { errors: { message: string }[] } }>(t.app, "POST", `/api/teams/${teamId}/import`, owner, { files: [{ path: "add/problem.md", content: "x" }] });
    expect(res.status).toBe(422);
    expect(res.body.details.errors[0]?.message).toMatch(/^nothing to import/);
  });
});
