import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRubric } from "../scoring/fixtures.ts";
import { type AccountsTestApp, accountsTestApp, SAME_ORIGIN, signUp } from "./fixtures.ts";

const MODEL = "Shard the counter: each writer leases a block of ids from a coordinator and encodes them in base62, so short codes never collide.";
const RUBRIC = makeRubric({
  id: "short-codes",
  title: "Short codes",
  prompt: "How would you generate the short codes of a link shortener?",
  kind: "concept",
  version: "1",
  criteria: [
    { id: "uniqueness", title: "Uniqueness", weight: 2, description: "How codes avoid collisions", concepts: [{ name: "base62 encoding", synonyms: ["base 62"] }, "block of ids"], modelAnswer: MODEL },
    { id: "storage", title: "Storage", weight: 1, concepts: [{ name: "key-value store", synonyms: ["DynamoDB"] }] },
  ],
});
const WEAK = "I would make a random string for every link and hope that two links never get the same one, which is probably fine for a small site.";
const BETTER = "Each writer leases a block of ids from a coordinator and encodes each id in base62, so two writers never hand out the same code; codes live in a key-value store keyed by the code.";
/** Words of the answer key the weak answer never says: none may reach its author before the reveal. */
const KEY_WORDS = /base62|base 62|block of ids|coordinator|lease|shard|key-value|DynamoDB/i;

let server: AccountsTestApp;
let app: AccountsTestApp["app"];

beforeAll(async () => {
  server = await accountsTestApp([], {}, [RUBRIC]);
  app = server.app;
});
afterAll(() => server.close());

async function call<T = Record<string, unknown>>(method: string, path: string, cookie?: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await app.request(path, {
    method,
    headers: { ...SAME_ORIGIN, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(cookie ? { Cookie: cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

interface Scored {
  id?: string;
  afterModelAnswer?: boolean;
  score: { answerKey: string; total: number; criteria: { id: string; missing: string[]; suggestion: string }[]; keyIdeas?: unknown; keyIdeaCount?: { found: number; total: number } };
}

describe("the answer key before the reveal", () => {
  it("is not handed to an anonymous candidate: gaps are named by the criterion, key ideas only counted", async () => {
    const { status, body } = await call<Scored>("POST", "/api/answers", undefined, { rubricId: "short-codes", answer: WEAK });
    expect(status).toBe(200);
    expect(body.score.answerKey).toBe("hidden");
    expect(JSON.stringify(body)).not.toMatch(KEY_WORDS);
    expect(body.score).not.toHaveProperty("keyIdeas");
    expect(body.score.keyIdeaCount).toEqual({ found: 0, total: expect.any(Number) });
    expect(body.score.criteria.find((c) => c.id === "uniqueness")?.missing).toEqual(["more on how codes avoid collisions"]);
    expect(body.score.criteria.find((c) => c.id === "storage")?.missing).toEqual(["more on storage"]);
  });

  it("cannot be asked for without an answer of one's own", async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    const { body } = await call<Scored>("POST", "/api/answers", owner.cookie, { rubricId: "short-codes", answer: WEAK });
    expect((await call("POST", `/api/answers/${body.id}/reveal`)).status).toBe(401);
    expect((await call("POST", `/api/answers/${body.id}/reveal`, other.cookie)).status).toBe(404);
    const later = await call<Scored>("POST", "/api/answers", other.cookie, { rubricId: "short-codes", answer: WEAK });
    expect(later.body.afterModelAnswer).toBe(false);
  });
});

describe("Show model answer", () => {
  it("reveals the key, marks later answers, and keeps them out of progress", async () => {
    const me = await signUp(app);
    const first = await call<Scored>("POST", "/api/answers", me.cookie, { rubricId: "short-codes", answer: WEAK });
    expect(first.body).toMatchObject({ afterModelAnswer: false, score: { answerKey: "hidden" } });

    const reveal = await call<{ modelAnswer: { criteria: { id: string; modelAnswer?: string; concepts: string[] }[] }; score: Scored["score"]; revealedAt: string }>(
      "POST",
      `/api/answers/${first.body.id}/reveal`,
      me.cookie,
    );
    expect(reveal.status).toBe(200);
    expect(reveal.body.modelAnswer.criteria[0]).toMatchObject({ id: "uniqueness", modelAnswer: MODEL, concepts: ["base62 encoding", "block of ids"] });
    expect(reveal.body.score.answerKey).toBe("revealed");
    expect(reveal.body.score.criteria[0]?.missing).toContain('concept "base62 encoding"');
    const again = await call<{ revealedAt: string }>("POST", `/api/answers/${first.body.id}/reveal`, me.cookie);
    expect(again.body.revealedAt).toBe(reveal.body.revealedAt);

    const second = await call<Scored>("POST", "/api/answers", me.cookie, { rubricId: "short-codes", answer: BETTER });
    expect(second.body).toMatchObject({ afterModelAnswer: true, score: { answerKey: "revealed" } });
    expect(second.body.score.total).toBeGreaterThan(first.body.score.total);

    const listed = await call<{ answers: { id: string; afterModelAnswer: boolean }[] }>("GET", "/api/answers?rubricId=short-codes", me.cookie);
    expect(listed.body.answers.map((a) => [a.id, a.afterModelAnswer])).toEqual([
      [second.body.id, true],
      [first.body.id, false],
    ]);

    const progress = await call<{ questions: Record<string, { best: number; answers: number }> }>("GET", "/api/me/progress", me.cookie);
    expect(progress.body.questions["short-codes"]).toEqual({ best: first.body.score.total, answers: 1 });
  });
});
