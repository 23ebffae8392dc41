import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../../server/src/db/client.ts";
import { submissions } from "../../server/src/db/schema/index.ts";
import { type ServerProcess, startServer } from "./server-process.ts";

/** A real problem from the bank, submitted with its own reference solution: Accepted whenever judged. */
const SLUG = "climb-deploy-stages";
const CODE = readFileSync(new URL(`../../problems/${SLUG}/solution.ts`, import.meta.url), "utf8");

/** What one request ended as: its status, Retry-After, and for a stream its last event. */
interface Answer {
  status: number;
  retryAfter: string | null;
  /** The JSON verdict, or the stream's last event name and verdict. */
  outcome: string;
}

async function send(url: string, action: "run" | "submit", stream: boolean): Promise<Answer> {
  const res = await fetch(`${url}/api/problems/${SLUG}/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(stream ? { Accept: "text/event-stream" } : {}) },
    body: JSON.stringify({ code: CODE }),
  });
  const body = await res.text();
  const retryAfter = res.headers.get("Retry-After");
  if (res.status !== 200) return { status: res.status, retryAfter, outcome: body };
  if (!stream) return { status: 200, retryAfter, outcome: (JSON.parse(body) as { verdict: string }).verdict };
  const last = body.trim().split(/\n\n+/).at(-1) ?? "";
  const event = /^event: ?(.*)$/m.exec(last)?.[1] ?? "";
  const data = /^data: ?(.*)$/m.exec(last)?.[1] ?? "{}";
  return { status: 200, retryAfter, outcome: `${event}:${(JSON.parse(data) as { verdict?: string }).verdict ?? data}` };
}

const dirs: string[] = [];
const servers: ServerProcess[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDatabase(): { url: string; stored: () => Promise<{ status: string; verdict: string | null }[]> } {
  const dir = mkdtempSync(join(tmpdir(), "rehearse-drain-"));
  dirs.push(dir);
  const url = `file:${join(dir, "rehearse.db")}`;
  return {
    url,
    async stored() {
      const db = createDb({ url });
      try {
        return await db.select({ status: submissions.status, verdict: submissions.verdict }).from(submissions);
      } finally {
        db.$client.close();
      }
    },
  };
}

async function pendingCount(url: string): Promise<number> {
  const db = createDb({ url });
  try {
    const [row] = await db.select({ n: count() }).from(submissions).where(eq(submissions.status, "pending"));
    return row?.n ?? 0;
  } finally {
    db.$client.close();
  }
}

describe("a restart under load (the real server, as a child process)", () => {
  it("answers every request on SIGTERM, finished or refused with Retry-After, then exits 0 with nothing pending", async () => {
    const database = tempDatabase();
    const server = await startServer({ DATABASE_URL: database.url, JUDGE_WORKERS: "2", SHUTDOWN_DRAIN_TIMEOUT_MS: "50000" });
    servers.push(server);
    const kinds = Array.from({ length: 20 }, (_, i) => ({ action: i % 5 < 3 ? ("submit" as const) : ("run" as const), stream: i % 2 === 0 }));
    const inFlight = kinds.map(({ action, stream }) => send(server.url, action, stream));
    // Mid-load: some work is being judged and most still waits in the queue.
    await expect.poll(async () => (await database.stored()).length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const late = await Promise.all([send(server.url, "submit", true), send(server.url, "run", false)]);
    // Load balancers stop sending here at once; liveness still holds while the work finishes.
    const [ready, live] = await Promise.all([fetch(`${server.url}/api/health/ready`), fetch(`${server.url}/api/health/live`)]);
    const answers = await Promise.all(inFlight);

    expect(await server.exited, server.output()).toBe(0);
    for (const answer of [...answers, ...late]) {
      if (answer.status === 200) expect(["Accepted", "done:Accepted"], server.output()).toContain(answer.outcome);
      else {
        expect([429, 503], answer.outcome).toContain(answer.status);
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      }
    }
    // Work accepted before the signal finished; work sent after it was refused as a restart.
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(late.map((a) => a.status)).toEqual([503, 503]);
    expect([ready.status, live.status]).toEqual([503, 200]);
    const stored = await database.stored();
    const acceptedSubmits = answers.filter((a, i) => a.status === 200 && kinds[i]?.action === "submit").length;
    expect(stored).toHaveLength(acceptedSubmits);
    expect(stored.every((s) => s.status === "judged" && s.verdict === "Accepted")).toBe(true);
  }, 90_000);

  it("leaves what a drain past its timeout cut off pending, and judges it on the next start", async () => {
    const database = tempDatabase();
    const first = await startServer({ DATABASE_URL: database.url, JUDGE_WORKERS: "1", SHUTDOWN_DRAIN_TIMEOUT_MS: "1" });
    servers.push(first);
    // Cut off by the restart: these connections may be dropped, which is the point of the timeout.
    const cutOff = Array.from({ length: 6 }, () => send(first.url, "submit", false).catch(() => undefined));
    await expect.poll(() => pendingCount(database.url), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(3);
    first.child.kill("SIGTERM");
    expect(await first.exited, first.output()).toBe(0);
    await Promise.all(cutOff);
    const left = await pendingCount(database.url);
    expect(left).toBeGreaterThan(0);

    // Its resume sweep waits out its own drain timeout first (a rolling restart's old instance may still be finishing).
    const second = await startServer({ DATABASE_URL: database.url, JUDGE_WORKERS: "2", SHUTDOWN_DRAIN_TIMEOUT_MS: "1000" });
    servers.push(second);
    await expect.poll(() => pendingCount(database.url), { timeout: 45_000, interval: 200 }).toBe(0);
    const stored = await database.stored();
    expect(stored.length).toBeGreaterThanOrEqual(left);
    expect(stored.every((s) => s.status === "judged" && s.verdict === "Accepted"), JSON.stringify(stored)).toBe(true);
    second.child.kill("SIGTERM");
    expect(await second.exited, second.output()).toBe(0);
  }, 120_000);
});
