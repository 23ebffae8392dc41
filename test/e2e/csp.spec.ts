import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { expect, RUBRICS_DIR, test } from "./fixtures.ts";
import { decorationLines, editorInput, editorReady } from "./monaco.ts";

const PASSWORD = "csp spec password, long enough";
const CODING = "two-sum-indices";
const DESIGN = "design-order-pipeline";
const BEHAVIORAL = "behavioral-production-mistake";

declare global {
  interface Window {
    reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Everything that would show the policy getting in the way, from every page of the context: the
 * page's own `securitypolicyviolation` events (reported to the test before any app script runs),
 * errors in the console (Chromium logs each refusal there, workers' included), failed requests
 * and error answers.
 */
async function watchForTrouble(context: BrowserContext): Promise<string[]> {
  const trouble: string[] = [];
  await context.exposeBinding("reportCspViolation", (_source, violation: string) => {
    trouble.push(`CSP violation: ${violation}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.reportCspViolation?.(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error") trouble.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on("worker", (worker) => worker.on("console", (message) => message.type() === "error" && trouble.push(`worker console error: ${message.text()}`)));
    page.on("pageerror", (error) => trouble.push(`uncaught on ${page.url()}: ${error.message}`));
    page.on("requestfailed", (request) => {
      // ERR_ABORTED is a request cut short by the test's next navigation; a refused one fails as "csp" or "blockedbyclient".
      const reason = request.failure()?.errorText;
      if (reason !== "net::ERR_ABORTED") trouble.push(`request failed: ${request.url()} (${reason})`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) trouble.push(`${response.status()} for ${response.request().method()} ${response.url()}`);
    });
  };
  for (const page of context.pages()) watch(page);
  context.on("page", watch);
  return trouble;
}

/** An account signed in on `request`'s context (a page's `request` shares its cookies). */
async function signUp(request: APIRequestContext, origin: string, email: string, name: string): Promise<void> {
  const headers = { Origin: origin };
  expect((await request.post("/api/auth/sign-up/email", { headers, data: { email, password: PASSWORD, name } })).ok()).toBe(true);
  expect((await request.post("/api/auth/sign-in/email", { headers, data: { email, password: PASSWORD } })).ok()).toBe(true);
}

async function post<T>(request: APIRequestContext, origin: string, path: string, data?: unknown): Promise<T> {
  const res = await request.post(path, { headers: { Origin: origin }, ...(data === undefined ? {} : { data }) });
  expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** The coding page with Monaco ready, and its TypeScript worker running: it marks a type error. */
async function expectEditorWorking(page: Page): Promise<void> {
  await editorReady(page);
  await editorInput(page).focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText('\nconst checkedByTheWorker: number = "text";\n');
  await expect.poll(() => decorationLines(page, ".squiggly-error"), { timeout: 30_000 }).not.toEqual([]);
}

/** The whiteboard drawn on, so Excalidraw loads its fonts (from /excalidraw/fonts/) to write a label. */
async function expectWhiteboardWorking(page: Page): Promise<void> {
  await expect(page.locator(".whiteboard-canvas canvas.interactive")).toBeVisible({ timeout: 30_000 });
  const font = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/excalidraw/fonts/") && r.ok());
  await page.getByRole("button", { name: "Service", exact: true }).click();
  await expect(page.locator(".understood")).toContainText("Service");
  await font;
}

test("every kind of page works under the Content-Security-Policy, with nothing blocked", async ({ page, context, app, newContext }) => {
  test.setTimeout(240_000);
  const trouble = await watchForTrouble(context);
  const origin = app.url;
  const run = Date.now().toString(36);

  const first = await page.goto("/");
  expect(first?.headers()["content-security-policy"]).toContain("default-src 'self'");
  await expect(page.getByRole("list", { name: "Problems" }).getByRole("link").first()).toBeVisible();
  await page.goto(`/problems/${CODING}`);
  await expectEditorWorking(page);
  await page.goto("/design");
  await expect(page.locator(`a[href="/design/${DESIGN}"]`)).toBeVisible();
  await page.goto(`/design/${DESIGN}`);
  await expectWhiteboardWorking(page);
  await page.goto("/behavioral");
  await expect(page.locator(`a[href="/behavioral/${BEHAVIORAL}"]`)).toBeVisible();
  await page.goto(`/behavioral/${BEHAVIORAL}`);
  await expect(page.getByLabel("Situation", { exact: true })).toBeVisible();
  await page.goto("/concepts");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  for (const path of ["/forgot-password", "/reset-password?token=csp-spec", "/verify-email"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A lead's team, with a problem of its own, a set of bank items and the links to it.
  await signUp(page.request, origin, `lead-${run}@example.com`, "Lead");
  const team = await post<{ id: string }>(page.request, origin, "/api/teams", { name: `CSP team ${run}` });
  const rubric = readFileSync(join(RUBRICS_DIR, `${DESIGN}.yaml`), "utf8").replace(`id: ${DESIGN}`, "id: csp-design");
  const problem = await post<{ problem: { id: string } }>(page.request, origin, `/api/teams/${team.id}/problems`, {
    kind: "design",
    slug: "csp-design",
    files: { "rubric.yaml": rubric },
  });
  const set = await post<{ set: { id: string; title: string } }>(page.request, origin, `/api/teams/${team.id}/sets`, {
    title: `CSP set ${run}`,
    timeLimitMinutes: 60,
    items: [
      { source: "bank", ref: CODING, points: 10 },
      { source: "bank", ref: DESIGN, points: 10 },
    ],
  });
  const link = await post<{ path: string }>(page.request, origin, `/api/teams/${team.id}/sets/${set.set.id}/invitations`, { label: "csp" });
  const leadInvitation = await post<{ id: string }>(page.request, origin, `/api/teams/${team.id}/members/invitations`, { email: `co-lead-${run}@example.com` });

  await page.goto("/teams");
  await expect(page.getByRole("heading", { name: "Create a team" })).toBeVisible();
  await page.goto(`/teams/${team.id}`);
  for (const tab of ["Problems", "Sets", "Members"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
  }
  for (const kind of ["coding", "design"]) {
    await page.goto(`/teams/${team.id}/problems/new?kind=${kind}`);
    await expect(page.getByLabel("Title", { exact: true }).first()).toBeVisible();
  }
  await page.goto(`/teams/${team.id}/problems/${problem.problem.id}`);
  await expect(page.getByLabel("Title", { exact: true }).first()).toBeVisible();
  await page.goto(`/teams/${team.id}/sets/new`);
  await expect(page.getByLabel("Problem to add")).toBeVisible();
  await page.goto(`/teams/${team.id}/sets/${set.set.id}`);
  await expect(page.getByRole("heading", { level: 1, name: set.set.title })).toBeVisible();
  await page.getByRole("tab", { name: "Invitations" }).click();
  await expect(page.getByRole("form", { name: "New invitation link" })).toBeVisible();

  // A candidate, in a browser of their own: the link, the attempt, a coding and a design item.
  const { context: candidateContext } = await newContext();
  const candidateTrouble = await watchForTrouble(candidateContext);
  const candidate = await candidateContext.newPage();
  await signUp(candidate.request, origin, `candidate-${run}@example.com`, "Candidate");
  await candidate.goto(`/teams/join/${leadInvitation.id}`);
  await expect(candidate.getByRole("heading", { level: 1 })).toBeVisible();
  await candidate.goto(link.path);
  await expect(candidate.getByRole("heading", { level: 1, name: set.set.title })).toBeVisible();
  await candidate.getByRole("button", { name: "Accept invitation" }).click();
  await expect(candidate).toHaveURL(/\/attempts\/[^/]+$/);
  const attemptId = new URL(candidate.url()).pathname.split("/").pop() ?? "";
  await candidate.getByRole("button", { name: "Start", exact: true }).click();
  await expect(candidate.getByRole("button", { name: "Finish and submit" })).toBeVisible();
  await candidate.goto(`/attempts/${attemptId}/items/1`);
  await expectEditorWorking(candidate);
  await candidate.goto(`/attempts/${attemptId}/items/2`);
  await expectWhiteboardWorking(candidate);

  await page.goto(`/teams/${team.id}/attempts/${attemptId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Candidate" })).toBeVisible();
  await page.goto(`/teams/${team.id}/sets/${set.set.id}`);
  await page.getByRole("tab", { name: "Results" }).click();
  await expect(page.locator("table.results-table tbody tr")).toHaveCount(1);

  expect(trouble, "the lead's pages").toEqual([]);
  expect(candidateTrouble, "the candidate's pages").toEqual([]);
});

test("an injected inline script and inline handler are refused, and the watch above reports both", async ({ page, context }) => {
  const trouble = await watchForTrouble(context);
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.body.dataset.script = 'ran'";
    document.body.append(script);
    const button = document.createElement("button");
    button.setAttribute("onclick", "document.body.dataset.handler = 'ran'");
    document.body.append(button);
    button.click();
    return { script: document.body.dataset.script, handler: document.body.dataset.handler };
  });
  expect(ran).toEqual({ script: undefined, handler: undefined });
  await expect.poll(() => trouble.filter((t) => t.startsWith("CSP violation: script-src")).length).toBe(2);
});

test("the API reference renders the OpenAPI document under the same policy, loading nothing from elsewhere", async ({ page, context, app }) => {
  const trouble = await watchForTrouble(context);
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(app.url) && !request.url().startsWith("data:") && !request.url().startsWith("blob:")) elsewhere.push(request.url());
  });
  await page.goto("/api/reference");
  // Scalar renders the document: the first tag's operations, and every tag in the sidebar.
  await expect(page.getByText("List the problem bank").first()).toBeVisible({ timeout: 30_000 });
  for (const tag of ["answers", "teams", "sets", "attempts", "account"]) await expect(page.getByText(tag, { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Ask AI")).toHaveCount(0);
  expect(trouble).toEqual([]);
  expect(elsewhere).toEqual([]);
});
