import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submissions, users } from "../db/schema/index.ts";
import { storePendingSubmission } from "../services/submissions/store.ts";
import { SOLUTION, STARTER } from "../problems/fixtures.ts";
import { type AccountsTestApp, accountsTestApp, SAME_ORIGIN, signUp, type TestAccount } from "./fixtures.ts";

let t: AccountsTestApp;
beforeAll(async () => {
  t = await accountsTestApp(["add-two", "add-more"]);
});
afterAll(() => t.close());

const withCookie = (cookie?: string): Record<string, string> => (cookie ? { Cookie: cookie } : {});

async function submit(slug: string, body: Record<string, unknown>, cookie?: string) {
  const res = await t.app.request(`/api/problems/${slug}/submit`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...SAME_ORIGIN, ...withCookie(cookie) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as { submissionId: string; verdict: string };
}

async function getJson(path: string, cookie?: string, status = 200) {
  const res = await t.app.request(path, { headers: withCookie(cookie) });
  const body = (await res.json()) as Record<string, unknown>;
  expect(res.status, JSON.stringify(body)).toBe(status);
  if (status >= 400) expect(body).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
  return body;
}

const history = async (slug: string, cookie?: string) => (await getJson(`/api/problems/${slug}/submissions`, cookie)).submissions as Record<string, unknown>[];

describe("POST /api/problems/:slug/submit", () => {
  it("still works without an account, storing no user", async () => {
    const { submissionId, verdict } = await submit("add-two", { code: SOLUTION });
    expect(verdict).toBe("Accepted");
    const [row] = await t.db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(row).toMatchObject({ userId: null, timeTakenMs: null, verdict: "Accepted", code: SOLUTION });
  });

  it("records the signed-in user and the mock-round time", async () => {
    const { cookie } = await signUp(t.app);
    const me = (await getJson("/api/me", cookie)).user as { id: string };
    const { submissionId } = await submit("add-two", { code: STARTER, timeTakenMs: 754_000 }, cookie);
    const [row] = await t.db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(row).toMatchObject({ userId: me.id, timeTakenMs: 754_000, verdict: "Wrong Answer", passed: 1, total: 2 });
  });

  it("ignores a user id sent in the body", async () => {
    const victim = await signUp(t.app);
    const victimId = ((await getJson("/api/me", victim.cookie)).user as { id: string }).id;
    const { submissionId } = await submit("add-two", { code: STARTER, userId: victimId });
    const [row] = await t.db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(row?.userId).toBeNull();
    expect(await history("add-two", victim.cookie)).toEqual([]);
  });

  it.each([
    ["a negative time", -1],
    ["a fractional time", 1.5],
    ["a time as a string", "60000"],
    ["a time over a day", 24 * 60 * 60 * 1000 + 1],
  ])("answers 400 for %s and stores nothing", async (_, timeTakenMs) => {
    const before = (await t.db.select().from(submissions)).length;
    const res = await t.app.request("/api/problems/add-two/submit", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code: SOLUTION, timeTakenMs }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/timeTakenMs/);
    expect(await t.db.select().from(submissions)).toHaveLength(before);
  });
});

describe("submission history", () => {
  let ada: TestAccount;
  let first: string;
  let second: string;
  beforeAll(async () => {
    ada = await signUp(t.app);
    first = (await submit("add-two", { code: STARTER }, ada.cookie)).submissionId;
    second = (await submit("add-two", { code: SOLUTION, timeTakenMs: 600_000 }, ada.cookie)).submissionId;
    await submit("add-more", { code: STARTER }, ada.cookie);
  });

  it("lists the user's submissions of one problem, newest first, without their code", async () => {
    const list = await history("add-two", ada.cookie);
    expect(list).toEqual([
      { id: second, status: "judged", verdict: "Accepted", passed: 2, total: 2, runtimeMs: 7, timeTakenMs: 600_000, createdAt: expect.any(String) },
      { id: first, status: "judged", verdict: "Wrong Answer", passed: 1, total: 2, runtimeMs: 7, timeTakenMs: null, createdAt: expect.any(String) },
    ]);
    const [newer, older] = list.map((s) => Date.parse(String(s.createdAt)));
    expect(newer).toBeGreaterThanOrEqual(older ?? Number.NaN);
  });

  it("shows one submission, code included, to its owner", async () => {
    expect(await getJson(`/api/submissions/${second}`, ada.cookie)).toEqual({
      id: second,
      problemSlug: "add-two",
      status: "judged",
      verdict: "Accepted",
      passed: 2,
      total: 2,
      runtimeMs: 7,
      timeTakenMs: 600_000,
      code: SOLUTION,
      createdAt: expect.any(String),
    });
  });

  it("shows another user nothing of it: not in their list, and not found by id", async () => {
    const grace = await signUp(t.app);
    expect(await history("add-two", grace.cookie)).toEqual([]);
    // Someone else's submission and one that never existed look the same.
    const unknown = crypto.randomUUID();
    expect(await getJson(`/api/submissions/${second}`, grace.cookie, 404)).toMatchObject({ code: "not_found", message: `No submission "${second}".` });
    expect(await getJson(`/api/submissions/${unknown}`, grace.cookie, 404)).toMatchObject({ code: "not_found", message: `No submission "${unknown}".` });
  });

  it("does not show anonymous submissions by id to anyone", async () => {
    const { submissionId } = await submit("add-two", { code: SOLUTION });
    await getJson(`/api/submissions/${submissionId}`, ada.cookie, 404);
  });

  it("lists and shows a submission still being judged as pending, with no verdict yet", async () => {
    const grace = await signUp(t.app);
    const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, grace.email));
    const id = await storePendingSubmission(t.db, { problemSlug: "add-two", code: SOLUTION, userId: user!.id, timeTakenMs: null });
    const pending = { id, status: "pending", verdict: null, passed: 0, total: 0, runtimeMs: 0, timeTakenMs: null, createdAt: expect.any(String) };
    expect(await history("add-two", grace.cookie)).toEqual([pending]);
    expect(await getJson(`/api/submissions/${id}`, grace.cookie)).toEqual({ ...pending, problemSlug: "add-two", code: SOLUTION });
    // Submitted, so tried; not solved until a verdict says so.
    expect(await getJson("/api/me/progress", grace.cookie)).toEqual({ problems: { "add-two": "tried" }, questions: {} });
  });

  it("answers 401 to a visitor who is not signed in", async () => {
    await getJson("/api/problems/add-two/submissions", undefined, 401);
    await getJson(`/api/submissions/${second}`, undefined, 401);
  });
});

describe("GET /api/me/progress", () => {
  it("is empty for a visitor who is not signed in", async () => {
    expect(await getJson("/api/me/progress")).toEqual({ problems: {}, questions: {} });
  });

  it("marks a problem tried until some submission is Accepted, then solved for good", async () => {
    const { cookie } = await signUp(t.app);
    expect(await getJson("/api/me/progress", cookie)).toEqual({ problems: {}, questions: {} });

    await submit("add-two", { code: STARTER }, cookie);
    expect(await getJson("/api/me/progress", cookie)).toEqual({ problems: { "add-two": "tried" }, questions: {} });

    await submit("add-two", { code: SOLUTION }, cookie);
    await submit("add-two", { code: STARTER }, cookie);
    await submit("add-more", { code: STARTER }, cookie);
    expect(await getJson("/api/me/progress", cookie)).toEqual({ problems: { "add-two": "solved", "add-more": "tried" }, questions: {} });
  });

  it("counts only the user's own submissions", async () => {
    const { cookie } = await signUp(t.app);
    await submit("add-more", { code: SOLUTION });
    expect(await getJson("/api/me/progress", cookie)).toEqual({ problems: {}, questions: {} });
  });
});
