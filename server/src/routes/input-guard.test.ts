import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizations, users } from "../db/schema/index.ts";
import { type AccountsTestApp, accountsTestApp, postAuth, signUp, type TestAccount, TEST_ORIGIN } from "./fixtures.ts";
import { MAX_JSON_DEPTH } from "./input-guard.ts";

let t: AccountsTestApp;
let account: TestAccount;
beforeAll(async () => {
  t = await accountsTestApp(["add-two"]);
  account = await signUp(t.app);
});
afterAll(() => t.close());

function send(path: string, body: string, contentType = "application/json", method = "POST") {
  return t.app.request(path, { method, headers: { "Content-Type": contentType, Origin: TEST_ORIGIN, Cookie: account.cookie }, body });
}

async function expectRefused(res: Response, path?: string) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { code: string; details?: { issues: { path: string }[] } };
  expect(body.code).toBe("validation_error");
  if (path !== undefined) expect(body.details?.issues.map((i) => i.path)).toEqual([path]);
}

/** `[[[ ... 0 ... ]]]`, `depth` arrays deep. */
const nested = (depth: number) => `${"[".repeat(depth)}0${"]".repeat(depth)}`;

describe("NUL characters", () => {
  it("are refused in the app's own fields, at any depth, before anything is stored", async () => {
    await expectRefused(await send("/api/teams", JSON.stringify({ name: "\u0000" })), "name");
    await expectRefused(await send("/api/teams", JSON.stringify({ name: "Platform\u0000 team" })), "name");
    await expectRefused(await send("/api/diagram/read", JSON.stringify({ scene: { elements: [{ text: "db\u0000" }] } })), "scene.elements.0.text");
    await expectRefused(await send("/api/diagram/read", JSON.stringify({ scene: { "key\u0000": 1 } })), "scene.key\u0000");
    expect(await t.db.select().from(organizations)).toEqual([]);
  });

  it("are refused in better-auth's sign-up, as JSON and as a form, and nobody is created", async () => {
    const before = (await t.db.select().from(users)).length;
    await expectRefused(await postAuth(t.app, "/api/auth/sign-up/email", { email: "nul@example.com", password: "long enough password", name: "\u0000" }), "name");
    await expectRefused(await postAuth(t.app, "/api/auth/sign-up/email", { email: "nul\u0000@example.com", password: "long enough password", name: "N" }), "email");
    const form = new URLSearchParams({ email: "nul-form@example.com", password: "long enough password", name: "a\u0000b" }).toString();
    await expectRefused(await send("/api/auth/sign-up/email", form, "application/x-www-form-urlencoded"), "name");
    expect((await t.db.select().from(users)).length).toBe(before);
  });

  it("are refused in the URL", async () => {
    await expectRefused(await t.app.request("/api/problems/add-two%00"), "url");
    await expectRefused(await t.app.request("/api/problems?tag=%00"), "url");
  });

  it("leave other text alone, the escaped backslash-u text included", async () => {
    const res = await send("/api/teams", JSON.stringify({ name: "Backslash \\u0000 team" }));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { name: string }).name).toBe("Backslash \\u0000 team");
  });
});

describe("nested JSON", () => {
  it("answers 400, not 500, past the depth limit, on the app's routes and better-auth's", async () => {
    const deep = nested(100_000);
    await expectRefused(await send("/api/diagram/read", `{"scene":${deep}}`));
    await expectRefused(await send("/api/problems/add-two/draft", `{"code":"x","scene":${deep}}`, "application/json", "PUT"));
    await expectRefused(await send("/api/auth/sign-up/email", `{"email":"deep@example.com","password":"long enough password","name":"D","extra":${deep}}`));
  });

  it("lets a body as deep as the limit through to the route", async () => {
    const atLimit = await send("/api/diagram/read", `{"scene":${nested(MAX_JSON_DEPTH - 1)}}`);
    const overLimit = await send("/api/diagram/read", `{"scene":${nested(MAX_JSON_DEPTH)}}`);
    expect(((await overLimit.json()) as { message: string }).message).toMatch(/nests deeper than/);
    // The route may still refuse it as a scene, but not for its depth.
    expect(((await atLimit.json()) as { message?: string }).message ?? "").not.toMatch(/nests deeper than/);
  });

  it("leaves malformed JSON to the route's own 400", async () => {
    const res = await send("/api/teams", "{not json");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe("bad_request");
  });
});
