import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../../server/src/db/client.ts";
import { schemaStatus } from "../../server/src/db/migrate.ts";
import { type ServerProcess, startServer } from "./server-process.ts";

const dirs: string[] = [];
const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDatabaseUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), "rehearse-schema-"));
  dirs.push(dir);
  return `file:${join(dir, "rehearse.db")}`;
}

describe("the server's start and the database schema", () => {
  it("refuses to start on a database it was not migrated for, says what to run, and leaves the database alone", async () => {
    const url = tempDatabaseUrl();
    const start = startServer({ DATABASE_URL: url, MIGRATE_ON_START: "false" });
    const refusal = await start.then(
      () => "started",
      (error: unknown) => String(error),
    );
    expect(refusal).toMatch(/exited \(1\) before listening/);
    expect(refusal).toMatch(/schema is behind.*npx rehearse migrate/s);
    // No stack trace for an operator's mistake.
    expect(refusal).not.toMatch(/\n\s+at /);
    const db = createDb({ url });
    expect((await schemaStatus(db)).pending.length).toBeGreaterThan(0);
    db.$client.close();
  }, 60_000);

  it("migrates when told to, then starts on the same database without being told", async () => {
    const url = tempDatabaseUrl();
    const first = await startServer({ DATABASE_URL: url, MIGRATE_ON_START: "true" });
    servers.push(first);
    expect(first.output()).toMatch(/Applied \d+ migration/);
    expect((await fetch(`${first.url}/api/health/ready`)).status).toBe(200);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const second = await startServer({ DATABASE_URL: url, MIGRATE_ON_START: "false" });
    servers.push(second);
    expect((await fetch(`${second.url}/api/health/ready`)).status).toBe(200);
  }, 90_000);
});
