import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { organizations } from "../db/schema/index.ts";
import { type TeamTestApp, teamOwner, teamTestApp } from "../teams/problems/fixtures.ts";
import type { TestAccount } from "./fixtures.ts";

let t: TeamTestApp;
let owner: TestAccount;
let teamId: string;
beforeAll(async () => {
  t = await teamTestApp();
  ({ owner, teamId } = await teamOwner(t.app));
});
afterAll(() => t.close());

it("names a download after a slug with quotes and CRLF without breaking the response", async () => {
  // better-auth's own organization endpoints could store such a slug; the app's never would.
  await t.db.update(organizations).set({ slug: 'evil"\r\nSet-Cookie: x=1' }).where(eq(organizations.id, teamId));
  const res = await t.app.request(`/api/teams/${teamId}/export`, { headers: { Cookie: owner.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get("Set-Cookie")).toBeNull();
  expect(res.headers.get("Content-Disposition")).toBe(
    `attachment; filename="evilSet-Cookie: x=1-problems.zip"; filename*=UTF-8''evil%22Set-Cookie%3A%20x%3D1-problems.zip`,
  );
});
