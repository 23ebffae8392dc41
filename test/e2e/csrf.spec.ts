import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { fillRoute, routeKey, STATE_CHANGING_METHODS } from "../fixtures/api-routes.ts";
import { expect, test } from "./fixtures.ts";

/**
 * The audit's attack, in a real browser: a page on another port of the same host (the same site,
 * so SameSite cookies go along) makes a signed-in victim post to the app. Every route a page can
 * post to must answer 403, and the victim must not have joined the attacker's team, taken their
 * set or started the clock.
 */

const PASSWORD = "a long enough password";

interface Forged {
  key: string;
  url: string;
  method: string;
}

/** The attacker's page: an auto-submitting form (into a frame of its own) and a no-cors fetch per POST, and a PUT or DELETE tried by fetch. */
function attackPage(targets: Forged[]): string {
  const posts = targets.filter((t) => t.method === "POST");
  // A text/plain form whose body reads as JSON: the classic way to forge a JSON request.
  const forms = posts
    .map((t, i) => `<iframe name="f${i}"></iframe><form method="POST" action="${t.url}" target="f${i}" enctype="text/plain"><input name='{"x":"' value='"}'></form>`)
    .join("\n");
  const others = targets.filter((t) => t.method !== "POST").map((t) => ({ url: t.url, method: t.method }));
  return `<!doctype html><title>Free interview tips</title>
${forms}
<script>
  for (const form of document.forms) form.submit();
  for (const url of ${JSON.stringify(posts.map((t) => t.url))}) fetch(url, { method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": "text/plain" }, body: "{}" });
  // A cross-origin PUT or DELETE needs a CORS preflight the app never grants: the browser must refuse to send it.
  window.unsent = Promise.all(${JSON.stringify(others)}.map(({ url, method }) =>
    fetch(url, { method, credentials: "include" }).then(() => method + " " + url + " was sent", () => null)));
</script>`;
}

async function serveAttackPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

interface SeenRequest {
  method: string;
  /** DevTools' resource type: Document for a form, Fetch for fetch. */
  type: string;
  url: string;
  /** As sent, names in lower case. */
  headers: Record<string, string>;
  status?: number;
}

/**
 * What DevTools saw of the requests the page sent under `prefix` that were answered. The app's
 * Cross-Origin-Resource-Policy keeps a no-cors answer from the page and from Playwright's own
 * events; DevTools still sees its status, and the headers the browser really sent.
 */
async function watchAnswers(page: Page, prefix: string): Promise<() => SeenRequest[]> {
  const seen = new Map<string, SeenRequest>();
  const entry = (id: string) => seen.get(id) ?? (seen.set(id, { method: "", type: "", url: "", headers: {} }).get(id) as SeenRequest);
  const cdp = await page.context().newCDPSession(page);
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.request.url.startsWith(prefix)) Object.assign(entry(e.requestId), { method: e.request.method, type: e.type ?? "", url: e.request.url });
  });
  cdp.on("Network.requestWillBeSentExtraInfo", (e) => {
    entry(e.requestId).headers = Object.fromEntries(Object.entries(e.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
  });
  cdp.on("Network.responseReceivedExtraInfo", (e) => {
    entry(e.requestId).status = e.statusCode;
  });
  await cdp.send("Network.enable");
  return () => [...seen.values()].filter((s) => s.url !== "" && s.status !== undefined);
}

async function ok<T>(response: Promise<APIResponse>, status = 200): Promise<T> {
  const res = await response;
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

async function signUp(request: APIRequestContext, origin: string, email: string): Promise<void> {
  await ok(request.post("/api/auth/sign-up/email", { headers: { Origin: origin }, data: { email, password: PASSWORD, name: email.split("@")[0] } }));
  // Sign-up does not sign in (it answers a taken email alike), as in the web's own form.
  await ok(request.post("/api/auth/sign-in/email", { headers: { Origin: origin }, data: { email, password: PASSWORD } }));
}

test("a page on another port of the same host cannot post to the app as the signed-in victim", async ({ app, browser, playwright }) => {
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const attacker = await playwright.request.newContext({ baseURL: app.url, extraHTTPHeaders: { Origin: app.url } });
  const victimContext = await browser.newContext({ baseURL: app.url });
  const victim = victimContext.request;
  const victimEmail = `victim-${stamp}@example.com`;
  await signUp(attacker, app.url, `attacker-${stamp}@example.com`);
  await signUp(victim, app.url, victimEmail);

  // The attacker's team, a lead invitation to the victim, and two sets: one the victim already took.
  const team = await ok<{ id: string }>(attacker.post("/api/teams", { data: { name: `Attackers ${stamp}` } }), 201);
  const lead = await ok<{ id: string }>(attacker.post(`/api/teams/${team.id}/members/invitations`, { data: { email: victimEmail } }), 201);
  const [bank] = await ok<{ slug: string }[]>(attacker.get("/api/problems"));
  const link = async (title: string) => {
    const items = [{ source: "bank", ref: bank?.slug, points: 10 }];
    const { set } = await ok<{ set: { id: string } }>(attacker.post(`/api/teams/${team.id}/sets`, { data: { title, timeLimitMinutes: 30, items } }), 201);
    return (await ok<{ token: string }>(attacker.post(`/api/teams/${team.id}/sets/${set.id}/invitations`, { data: {} }), 201)).token;
  };
  const taken = await link("Taken");
  const untaken = await link("Untaken");
  const { attemptId } = await ok<{ attemptId: string }>(victim.post(`/api/invitations/${taken}/accept`, { headers: { Origin: app.url } }));

  const values = { teamId: team.id, setId: "unknown", problemId: "unknown", invitationId: lead.id, id: attemptId, position: "1", token: untaken, slug: bank?.slug };
  const targets = app.routes
    .filter((route) => STATE_CHANGING_METHODS.includes(route.method))
    .map((route) => ({ key: routeKey(route), method: route.method, url: `${app.url}${fillRoute(route.path, values, "sign-out")}` }));
  expect(targets.map((t) => t.key)).toEqual(expect.arrayContaining(["POST /api/teams/join/:invitationId", "POST /api/invitations/:token/accept", "POST /api/attempts/:id/start", "POST /api/attempts/:id/finish"]));
  const posts = targets.filter((t) => t.method === "POST");

  const attack = await serveAttackPage(attackPage(targets));
  try {
    const page = await victimContext.newPage();
    const answered = await watchAnswers(page, `${app.url}/api/`);
    await page.goto(attack.url);
    await expect.poll(() => answered().filter((s) => s.method === "POST").length, { message: "a form and a fetch per POST route" }).toBe(2 * posts.length);
    expect(await page.evaluate(() => (window as unknown as { unsent: Promise<(string | null)[]> }).unsent)).toEqual(targets.filter((t) => t.method !== "POST").map(() => null));

    const outcomes: string[] = [];
    for (const target of posts) {
      for (const type of ["Document", "Fetch"]) {
        const request = answered().find((s) => s.method === "POST" && s.url === target.url && s.type === type);
        if (!request) {
          outcomes.push(`${type} ${target.key}: no answer`);
          continue;
        }
        // Sent by the browser from the attacker's origin, with the victim's session (same site): only the app's check stood in the way.
        if (request.headers.origin !== new URL(attack.url).origin) outcomes.push(`${type} ${target.key}: Origin ${request.headers.origin}`);
        if (!/session_token=/.test(request.headers.cookie ?? "")) outcomes.push(`${type} ${target.key}: sent without the session cookie`);
        if (request.status !== 403) outcomes.push(`${type} ${target.key}: ${request.status}`);
      }
    }
    expect(outcomes).toEqual([]);
    // A preflight may reach the app; the PUT or DELETE behind it must not.
    expect(answered().filter((s) => !["POST", "OPTIONS"].includes(s.method)).map((s) => `${s.method} ${s.url}`)).toEqual([]);

    // Nothing happened to the victim: still signed in, in no team, the one set they took not started.
    const me = await ok<{ user: { email: string } | null }>(victim.get("/api/me"));
    expect(me.user?.email).toBe(victimEmail);
    expect(await ok(victim.get("/api/teams"))).toEqual({ teams: [] });
    const { attempts } = await ok<{ attempts: { id: string; status: string }[] }>(victim.get("/api/attempts"));
    expect(attempts.map((a) => [a.id, a.status])).toEqual([[attemptId, "not_started"]]);

    // From the app's own page, in the same browser, the same requests go through.
    await page.goto("/");
    const fromApp = await page.evaluate(
      async (paths) => {
        const statuses: number[] = [];
        for (const path of paths) statuses.push((await fetch(path, { method: "POST" })).status);
        return statuses;
      },
      // Joining last: the team's own staff may not take its sets.
      [`/api/invitations/${untaken}/accept`, `/api/attempts/${attemptId}/start`, `/api/teams/join/${lead.id}`],
    );
    expect(fromApp).toEqual([200, 200, 200]);
  } finally {
    await victimContext.close();
    await attacker.dispose();
    attack.server.closeAllConnections();
    await new Promise<void>((resolve) => attack.server.close(() => resolve()));
  }
});
