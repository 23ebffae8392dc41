import type { Page } from "@playwright/test";
import { readDiagram } from "../../server/src/diagram/read.ts";
import { expect, test } from "./fixtures.ts";

/** The whiteboard scene in the page's saved draft, exactly as Excalidraw produced it. */
async function savedScene(page: Page): Promise<unknown> {
  return page.evaluate((id) => {
    const raw = localStorage.getItem(`rehearse:written:${id}`);
    return raw ? (JSON.parse(raw) as { draft?: { scene?: unknown } }).draft?.scene : undefined;
  }, DESIGN_ID);
}

const DESIGN_ID = "design-order-pipeline";
const BEHAVIORAL_ID = "behavioral-production-mistake";

/** Where a scene point is on the page: the palette drops at known scene points, and the view starts unscrolled. */
async function scenePoint(page: Page, x: number, y: number) {
  const box = await page.locator(".whiteboard-canvas canvas.interactive").boundingBox();
  if (!box) throw new Error("the whiteboard canvas is not visible");
  return { x: box.x + x, y: box.y + y };
}

test("a design answer drawn on the whiteboard is scored, and a STAR story too; both survive a reload", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Rounds" }).getByRole("link", { name: "Design" }).click();
  await page.locator(`a[href="/design/${DESIGN_ID}"]`).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".whiteboard-canvas canvas.interactive")).toBeVisible({ timeout: 30_000 });

  // The palette drops boxes left to right, 180 x 80, 80 apart, from (40, 40).
  for (const name of ["Queue (SQS)", "Service", "DynamoDB table"]) await page.getByRole("button", { name, exact: true }).click();
  const understood = page.locator(".understood");
  await expect(understood).toContainText("Queue (SQS)");
  await expect(understood).toContainText("DynamoDB table");

  // An arrow from the service to the table, with Excalidraw's own tool.
  const empty = await scenePoint(page, 600, 400);
  await page.mouse.click(empty.x, empty.y);
  await page.keyboard.press("a");
  const from = await scenePoint(page, 300 + 90, 80);
  const to = await scenePoint(page, 560 + 90, 80);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect(understood).toContainText("Service → DynamoDB table");

  // The scene as Excalidraw itself saved it (the page keeps it in the draft): read on this side
  // by the same library the server uses, it is the drawing, kinds and the bound arrow included.
  await expect
    .poll(async () => ((await savedScene(page)) as { elements?: unknown[] } | undefined)?.elements?.length ?? 0)
    .toBeGreaterThanOrEqual(4);
  const reading = readDiagram(await savedScene(page));
  const kinds = Object.fromEntries(reading.graph.components.map((c) => [c.label, c.kind]));
  expect(kinds).toMatchObject({ "Queue (SQS)": "queue", Service: "service", "DynamoDB table": "nosql-table" });
  const byId = new Map(reading.graph.components.map((c) => [c.id, c.label]));
  expect(reading.graph.connections.map((c) => `${byId.get(c.from)} -> ${byId.get(c.to)}`)).toEqual(["Service -> DynamoDB table"]);
  await testInfo.attach("scene-saved-by-excalidraw", { body: JSON.stringify(await savedScene(page), null, 2), contentType: "application/json" });

  await page.getByLabel("Requirements").fill("Accept orders, charge payment, notify the customer; 99.9% availability, 1,000 orders per second at peak.");
  await page
    .getByLabel("High-level design")
    .fill("The order service writes to a DynamoDB table and sends an event to an SQS queue; a worker consumes it with retries and a dead-letter queue. Idempotency keys stop double charges.");
  await page.getByRole("button", { name: "Submit for scoring" }).click();
  const scorecard = page.locator(".scorecard");
  await expect(scorecard.getByRole("heading", { name: /Scorecard: \d+ \/ 100/ })).toBeVisible();
  await expect(scorecard).toContainText("Service → DynamoDB table");
  await expect(scorecard).toContainText("Queue (SQS)");
  await expect(scorecard.locator("mark").first()).toBeVisible();
  // AI feedback costs a model call: signed out, the panel asks to sign in.
  await expect(page.locator(".llm-opinion")).toContainText("AI feedback is for signed-in users");
  await scorecard.screenshot({ path: testInfo.outputPath("design-scorecard.png") });
  await testInfo.attach("design-scorecard", { path: testInfo.outputPath("design-scorecard.png"), contentType: "image/png" });

  await page.reload();
  await expect(page.locator(".scorecard")).toContainText("Service → DynamoDB table");
  await expect(page.getByLabel("Requirements")).toHaveValue(/Accept orders/);
  await expect(page.locator(".understood")).toContainText("Service → DynamoDB table");

  await page.getByRole("navigation", { name: "Rounds" }).getByRole("link", { name: "Behavioral" }).click();
  await page.locator(`a[href="/behavioral/${BEHAVIORAL_ID}"]`).click();
  await page.getByLabel("Situation").fill("Last year I shipped a migration that dropped an index on our orders table during peak traffic.");
  await page.getByLabel("Task").fill("I owned the rollback and had to restore checkout latency within the hour.");
  await page
    .getByLabel("Action")
    .fill("I paged the on-call DBA, I rolled back the migration, I rebuilt the index concurrently and I wrote a runbook and a CI check that blocks index drops.");
  await page.getByLabel("Result").fill("Latency recovered in 25 minutes, and in the next 6 months we had zero index regressions.");
  await page.getByRole("button", { name: "Submit for scoring" }).click();
  const star = page.locator(".scorecard");
  await expect(star.getByRole("heading", { name: /Scorecard: \d+ \/ 100/ })).toBeVisible();
  await expect(star).toContainText("Action share");
  await expect(star.locator("mark.mark-star-action")).toBeVisible();
  await star.screenshot({ path: testInfo.outputPath("behavioral-scorecard.png") });
  await testInfo.attach("behavioral-scorecard", { path: testInfo.outputPath("behavioral-scorecard.png"), contentType: "image/png" });

  await page.reload();
  await expect(page.locator(".scorecard")).toContainText("Action share");
  await expect(page.getByLabel("Result")).toHaveValue(/zero index regressions/);
});

test("signed in, a design attempt and its whiteboard come back from the server in a browser that has none", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`designer-${Date.now().toString(36)}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Signed in as");

  await page.goto(`/design/${DESIGN_ID}`);
  await expect(page.locator(".whiteboard-canvas canvas.interactive")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Event bus (EventBridge)", exact: true }).click();
  await page.getByRole("button", { name: "Workflow (Step Functions)", exact: true }).click();
  await expect(page.locator(".understood")).toContainText("Workflow (Step Functions)");
  await page.getByLabel("High-level design").fill("Orders go on an EventBridge bus; a Step Functions workflow charges and ships.");
  await page.getByRole("button", { name: "Submit for scoring" }).click();
  await expect(page.locator(".scorecard")).toContainText('component "Workflow (Step Functions)"');

  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.locator(".scorecard")).toContainText('component "Workflow (Step Functions)"');
  await expect(page.getByLabel("High-level design")).toHaveValue(/EventBridge bus/);
  await expect(page.locator(".understood")).toContainText("Workflow (Step Functions)");
});

test("a round of concept checks scores each answer, counting key ideas without naming the missed ones", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Rounds" }).getByRole("link", { name: "Concepts" }).click();
  await page.getByRole("button", { name: "Start a round" }).click();
  const questions = page.locator(".concept-questions > li");
  await expect(questions).toHaveCount(5);
  for (const box of await questions.locator("textarea").all()) await box.fill("A queue decouples services; retries with backoff and idempotency keys keep it safe.");
  await page.getByRole("button", { name: "Submit the round" }).click();
  await expect(page.locator(".concept-result")).toHaveCount(5);
  await expect(page.locator(".concept-result").first()).toContainText(/Score: \d+ \/ 100/);
  await expect(page.locator(".concept-result").first()).toContainText(/Key ideas covered: \d+ of \d+/);
  await expect(page.locator(".concept-result").first()).not.toContainText("Key ideas missed");
});
