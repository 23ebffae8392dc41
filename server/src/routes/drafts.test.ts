import { hc } from "hono/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppType } from "../app.ts";
import { type AccountsTestApp, accountsTestApp, SAME_ORIGIN, signUp, type TestAccount } from "./fixtures.ts";

let t: AccountsTestApp;
beforeAll(async () => {
  t = await accountsTestApp(["add-two", "add-more"]);
});
afterAll(() => t.close());

const getDraft = (slug: string, cookie?: string) => t.app.request(`/api/problems/${slug}/draft`, cookie ? { headers: { Cookie: cookie } } : {});
const putDraft = (slug: string, body: unknown, cookie?: string) =>
  t.app.request(`/api/problems/${slug}/draft`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...SAME_ORIGIN, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(await res.json()).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
}

describe("drafts", () => {
  let ada: TestAccount;
  beforeAll(async () => {
    ada = await signUp(t.app);
  });

  it("answers 404 before anything is saved, then gives back what was saved", async () => {
    await expectError(await getDraft("add-two", ada.cookie), 404, "not_found");

    const saved = await putDraft("add-two", { code: "export const x = 1;\n" }, ada.cookie);
    expect(saved.status).toBe(200);
    const { updatedAt } = (await saved.json()) as { updatedAt: string };
    expect(new Date(updatedAt).toISOString()).toBe(updatedAt);

    const res = await getDraft("add-two", ada.cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: "export const x = 1;\n", updatedAt });
  });

  it("replaces the draft on each save, one per problem", async () => {
    await putDraft("add-more", { code: "first" }, ada.cookie);
    const second = (await (await putDraft("add-more", { code: "second" }, ada.cookie)).json()) as { updatedAt: string };
    expect(await (await getDraft("add-more", ada.cookie)).json()).toEqual({ code: "second", updatedAt: second.updatedAt });
    expect(((await (await getDraft("add-two", ada.cookie)).json()) as { code: string }).code).toBe("export const x = 1;\n");
  });

  it("keeps an empty editor as a draft", async () => {
    const { cookie } = await signUp(t.app);
    expect((await putDraft("add-two", { code: "" }, cookie)).status).toBe(200);
    expect(((await (await getDraft("add-two", cookie)).json()) as { code: string }).code).toBe("");
  });

  it("keeps each user's drafts to themselves", async () => {
    const grace = await signUp(t.app);
    await expectError(await getDraft("add-two", grace.cookie), 404, "not_found");
    await putDraft("add-two", { code: "grace's" }, grace.cookie);
    expect(((await (await getDraft("add-two", ada.cookie)).json()) as { code: string }).code).toBe("export const x = 1;\n");
  });

  it("answers 401 to a visitor who is not signed in, and saves nothing", async () => {
    await expectError(await getDraft("add-two"), 401, "unauthorized");
    await expectError(await putDraft("add-two", { code: "anonymous" }), 401, "unauthorized");
    await expectError(await getDraft("add-two", "better-auth.session_token=forged.value"), 401, "unauthorized");
  });

  it.each([
    ["no code", {}],
    ["code that is not a string", { code: 42 }],
    ["code over the problem's size limit", { code: "x".repeat(64 * 1024 + 1) }],
  ])("answers 400 for %s", async (_, body) => {
    const { cookie } = await signUp(t.app);
    await expectError(await putDraft("add-two", body, cookie), 400, "validation_error");
    await expectError(await getDraft("add-two", cookie), 404, "not_found");
  });

  it("answers 404 for a problem that does not exist", async () => {
    await expectError(await putDraft("no-such-problem", { code: "x" }, ada.cookie), 404, "not_found");
  });

  it("is typed for the web's client", async () => {
    const client = hc<AppType>("http://localhost", {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => t.app.request(input, init),
      headers: { Cookie: ada.cookie, ...SAME_ORIGIN },
    });
    const put = await client.api.problems[":slug"].draft.$put({ param: { slug: "add-two" }, json: { code: "typed" } });
    expect(put.status).toBe(200);
    const res = await client.api.problems[":slug"].draft.$get({ param: { slug: "add-two" } });
    if (res.status !== 200) throw new Error(`expected 200, got ${res.status}`);
    const draft = await res.json();
    expect(draft.code).toBe("typed");
  });
});
