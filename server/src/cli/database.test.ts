import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../db/client.ts";
import { schemaStatus } from "../db/migrate.ts";
import { submissions } from "../db/schema/index.ts";
import { main } from "./main.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "rehearse-cli-db-"));
  dirs.push(dir);
  return dir;
}

describe("rehearse migrate, backup, restore", () => {
  it("migrates, backs up a database in use, and restores it into a new one", async () => {
    const dir = tempDir();
    const live = `file:${join(dir, "live.db")}`;
    const first = capture();
    expect(await main(["migrate", "--database", live], first.io)).toBe(0);
    expect(first.out.join("\n")).toMatch(/^Applied \d+ migration\(s\): 0000_init, /);
    const again = capture();
    expect(await main(["migrate", "--database", live], again.io)).toBe(0);
    expect(again.out).toEqual(["The schema is already current."]);

    const db = createDb({ url: live });
    await db.insert(submissions).values({ problemSlug: "two-sum", mode: "submit", verdict: "Accepted", passed: 2, total: 2, runtimeMs: 4, code: "export {}" });
    const backup = capture();
    expect(await main(["backup", join(dir, "nightly.db"), "--database", live], backup.io)).toBe(0);
    expect(backup.out.join("\n")).toMatch(/^Backed up to .*nightly\.db: \d+ tables, \d+ rows\.$/);

    const restore = capture();
    const restored = `file:${join(dir, "restored.db")}`;
    expect(await main(["restore", join(dir, "nightly.db"), "--database", restored], restore.io)).toBe(0);
    expect(restore.err.join("\n")).not.toMatch(/note:/);
    const copy = createDb({ url: restored });
    expect(await copy.select().from(submissions)).toEqual(await db.select().from(submissions));
    expect((await schemaStatus(copy)).pending).toEqual([]);
    db.$client.close();
    copy.$client.close();
  });

  it("refuses bad usage with exit 2: no file, an existing file, a missing backup, :memory:", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "exists.db"), "");
    const cases: [string[], RegExp][] = [
      [["backup"], /backup takes one file/],
      [["backup", join(dir, "exists.db"), "--database", `file:${join(dir, "x.db")}`], /already exists/],
      [["restore", join(dir, "missing.db"), "--database", `file:${join(dir, "x.db")}`], /does not exist/],
      [["migrate", "--database", ":memory:"], /in-memory/],
      [["migrate", "--nonsense"], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const run = capture();
      expect(await main(args, run.io), args.join(" ")).toBe(2);
      expect(run.err.join("\n")).toMatch(message);
    }
  });

  it("fails (exit 1) restoring into a database that holds data, and says why", async () => {
    const dir = tempDir();
    const live = `file:${join(dir, "live.db")}`;
    expect(await main(["migrate", "--database", live], capture().io)).toBe(0);
    expect(await main(["backup", join(dir, "b.db"), "--database", live], capture().io)).toBe(0);
    const run = capture();
    expect(await main(["restore", join(dir, "b.db"), "--database", live], run.io)).toBe(1);
    expect(run.err.join("\n")).toMatch(/not empty/);
  });
});
