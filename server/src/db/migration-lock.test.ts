import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "./client.ts";
import { withMigrationLock } from "./migration-lock.ts";
import { assertSchemaCurrent } from "./migrate.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "rehearse-lock-"));
  dirs.push(dir);
  return join(dir, "test.db");
}

const CLI = fileURLToPath(new URL("../../../bin/rehearse.js", import.meta.url));

/** `rehearse migrate` in its own process, as a second server instance would run it. */
function migrateInProcess(path: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--no-node-snapshot", CLI, "migrate", "--database", `file:${path}`], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("withMigrationLock", () => {
  it("makes a second holder wait until the first is done", async () => {
    const client = createClient({ url: `file:${tempDbPath()}`, timeout: 5000 });
    const order: string[] = [];
    let releaseFirst: () => void = () => {};
    const first = withMigrationLock(client, async () => {
      order.push("first in");
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      order.push("first out");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = withMigrationLock(client, async () => order.push("second in"), { pollMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(order).toEqual(["first in"]);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(["first in", "first out", "second in"]);
    client.close();
  });

  it("takes over a lock whose holder died without releasing it", async () => {
    const client = createClient({ url: `file:${tempDbPath()}`, timeout: 5000 });
    await client.execute("CREATE TABLE rehearse_migration_lock (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NOT NULL, expires_at INTEGER NOT NULL)");
    await client.execute({ sql: "INSERT INTO rehearse_migration_lock VALUES (1, 'killed-instance', ?)", args: [Date.now() - 1] });
    await expect(withMigrationLock(client, async () => "ran", { waitMs: 1000 })).resolves.toBe("ran");
    const left = await client.execute("SELECT count(*) AS n FROM rehearse_migration_lock");
    expect(left.rows[0]?.n).toBe(0);
    client.close();
  });

  it("gives up, saying why, when a live holder keeps it past the wait", async () => {
    const client = createClient({ url: `file:${tempDbPath()}`, timeout: 5000 });
    await client.execute("CREATE TABLE rehearse_migration_lock (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NOT NULL, expires_at INTEGER NOT NULL)");
    await client.execute({ sql: "INSERT INTO rehearse_migration_lock VALUES (1, 'busy-instance', ?)", args: [Date.now() + 60_000] });
    let ran = false;
    await expect(withMigrationLock(client, async () => (ran = true), { waitMs: 300, pollMs: 20 })).rejects.toThrow(/held the migration lock/);
    expect(ran).toBe(false);
    client.close();
  });

  it("lets instances started together on a fresh database all succeed (separate processes, 3 rounds)", async () => {
    for (let round = 0; round < 3; round++) {
      const path = tempDbPath();
      const runs = await Promise.all([migrateInProcess(path), migrateInProcess(path), migrateInProcess(path)]);
      for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
      // Exactly one of them applied the migrations; the others found the schema current.
      expect(runs.filter((r) => /Applied \d+ migration/.test(r.output))).toHaveLength(1);
      const db = createDb({ url: `file:${path}` });
      await expect(assertSchemaCurrent(db)).resolves.toBeUndefined();
      db.$client.close();
    }
  }, 120_000);
});
