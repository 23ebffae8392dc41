import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { setInvitations } from "../../server/src/db/schema/index.ts";
import { VERDICTS } from "../../server/src/judge/verdicts.ts";
import { expect, test } from "./fixtures.ts";
import { setAttemptCode } from "./teams-attempt.ts";

/** The judge validates a problem and grades an attempt on a loaded two-core machine: give it time. */
const JUDGED = { timeout: 90_000 };

const PASSWORD = "a long enough password";
const PROBLEM = { title: "Count the vowels", slug: "count-the-vowels" };
const FAILING_CASE = "upper-case vowels count too";
const CANDIDATE_MARK = "// candidate-e2e: a case-insensitive regex, one pass";
const STARTER = "export function countVowels(text: string): number {\n  throw new Error(\"Not implemented\");\n}\n";
const WRONG_REFERENCE = "export function countVowels(text: string): number {\n  return (text.match(/[aeiou]/g) ?? []).length;\n}\n";
const REFERENCE = "export function countVowels(text: string): number {\n  return (text.match(/[aeiou]/gi) ?? []).length;\n}\n";
const CANDIDATE_CODE = `${CANDIDATE_MARK}\nexport function countVowels(text: string): number {\n  return (text.match(/[aeiou]/gi) ?? []).length;\n}\n`;

interface RubricSummary {
  id: string;
  kind: string;
  title: string;
}
interface PublicRubric extends RubricSummary {
  criteria: { id: string; title: string }[];
}

/** A design prompt and a behavioral question from the public bank, with their criteria. */
async function pickBankRubrics(request: APIRequestContext): Promise<{ design: PublicRubric; behavioral: PublicRubric }> {
  const listed = await request.get("/api/rubrics");
  expect(listed.ok()).toBe(true);
  const rubrics = (await listed.json()) as RubricSummary[];
  const pick = async (kind: string, preferred: string): Promise<PublicRubric> => {
    const chosen = rubrics.find((r) => r.id === preferred) ?? rubrics.find((r) => r.kind === kind);
    if (!chosen) throw new Error(`The bank has no ${kind} rubric: the e2e story needs one.`);
    const full = await request.get(`/api/rubrics/${chosen.id}`);
    expect(full.ok()).toBe(true);
    return (await full.json()) as PublicRubric;
  };
  return { design: await pick("design", "design-order-pipeline"), behavioral: await pick("behavioral", "behavioral-production-mistake") };
}

const accountNav = (page: Page) => page.getByRole("navigation", { name: "Account" });
const validationReport = (page: Page) => page.getByTestId("validation-report");
/** The verdict banner: a region named by its heading, which is one of the verdicts. */
const verdict = (page: Page) => page.getByRole("region", { name: new RegExp(`^(${VERDICTS.join("|")})$`) });

async function signUp(page: Page, email: string, name?: string) {
  await page.getByLabel("Email").fill(email);
  if (name) await page.getByLabel("Name (optional)").fill(name);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(accountNav(page)).toContainText(`Signed in as ${email}`);
}

/** Makes an invitation link on the set page's Invitations tab; gives its URL (shown once) and id. */
async function createInvitationLink(page: Page, label: string): Promise<{ url: string; id: string }> {
  const form = page.getByRole("form", { name: "New invitation link" });
  await form.getByLabel("Label").fill(label);
  const created = page.waitForResponse((r) => r.request().method() === "POST" && /\/invitations$/.test(new URL(r.url()).pathname));
  await form.getByRole("button", { name: "Create link" }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  const { invitation } = (await response.json()) as { invitation: { id: string } };
  const field = page.getByLabel("Invitation link", { exact: true });
  await expect(field).toHaveValue(/\/invite\/[^/]+$/);
  return { url: await field.inputValue(), id: invitation.id };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Points shown as "7.5 / 10" (or "7.5 of 10 points"): the number awarded. */
const awarded = (text: string) => Number(/^([\d.]+)/.exec(text.trim())?.[1] ?? Number.NaN);

async function expectScorecard(section: Locator, rubric: PublicRubric) {
  const scorecard = section.locator(".scorecard");
  await expect(scorecard.getByRole("heading", { level: 3, name: /^Scorecard: \d+ \/ 100$/ })).toBeVisible();
  const criteria = scorecard.locator(".criterion h4");
  await expect(criteria).toHaveCount(rubric.criteria.length);
  for (const [i, criterion] of rubric.criteria.entries()) await expect(criteria.nth(i)).toContainText(new RegExp(`^${escapeRegExp(criterion.title)}\\s*level [0-4] of 4$`));
}

test("a lead authors a problem and a set, a candidate takes it through an invitation link, the lead reads the results; an expired link is refused", async ({
  page,
  app,
  request,
  newContext,
  offOriginRequests,
}, testInfo) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const lead = page;
  const leadEmail = `lead-${run}@example.com`;
  const candidateEmail = `candidate-${run}@example.com`;
  const candidateName = `Ada Candidate ${run}`;
  const teamName = `Platform hiring ${run}`;
  const setTitle = `Senior backend interview ${run}`;
  const { design, behavioral } = await pickBankRubrics(request);

  // 1. The lead signs up, makes a team, and writes a coding problem whose first reference solution is wrong.
  await lead.goto("/sign-up");
  await signUp(lead, leadEmail);
  await accountNav(lead).getByRole("link", { name: "Teams" }).click();
  await expect(lead).toHaveURL("/teams");
  await lead.getByLabel("Team name").fill(teamName);
  await lead.getByRole("button", { name: "Create team" }).click();
  await expect(lead.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  const teamId = /\/teams\/([^/?]+)/.exec(lead.url())?.[1] ?? "";
  expect(teamId).not.toBe("");

  await lead.getByRole("link", { name: "New coding problem" }).click();
  await expect(lead).toHaveURL(`/teams/${teamId}/problems/new?kind=coding`);
  await lead.getByLabel("Title", { exact: true }).fill(PROBLEM.title);
  await lead.getByLabel("Slug", { exact: true }).fill(PROBLEM.slug);
  await lead.getByLabel("Tags", { exact: true }).fill("strings, regex");
  await lead.getByLabel("Statement", { exact: true }).fill("Return how many vowels (`a`, `e`, `i`, `o`, `u`, in either case) the text holds.");
  await lead.getByLabel("Starter code (starter.ts)").fill(STARTER);
  await lead.getByLabel("Reference solution (solution.ts)").fill(WRONG_REFERENCE);
  await lead.getByLabel("Function the cases call").fill("countVowels");
  await lead.getByLabel("Case 1 arguments").fill('["hello world"]');
  await lead.getByLabel("Case 1 expected value").fill("3");
  await expect(lead.getByLabel("Case 1 is a sample")).toBeChecked();
  await lead.getByLabel("Case 2 name").fill(FAILING_CASE);
  await lead.getByLabel("Case 2 arguments").fill('["AEIOU xyz"]');
  await lead.getByLabel("Case 2 expected value").fill("5");
  await expect(lead.getByLabel("Case 2 is a sample")).not.toBeChecked();
  await lead.getByRole("button", { name: "Add a case" }).click();
  await lead.getByLabel("Case 3 arguments").fill('["rhythm"]');
  await lead.getByLabel("Case 3 expected value").fill("0");
  await lead.getByRole("button", { name: "Save", exact: true }).click();

  await expect(validationReport(lead).getByRole("heading", { name: "Version 1 stays a draft" })).toBeVisible(JUDGED);
  const failing = validationReport(lead).getByRole("list", { name: "Failing tests" }).getByRole("listitem");
  await expect(failing).toHaveCount(1);
  await expect(failing).toContainText(FAILING_CASE);
  await expect(lead.locator(".problem-meta")).toContainText("Draft");

  await lead.getByLabel("Reference solution (solution.ts)").fill(REFERENCE);
  await lead.getByRole("button", { name: "Save a new version" }).click();
  await expect(validationReport(lead).getByRole("heading", { name: "Version 2 is published" })).toBeVisible(JUDGED);
  await expect(lead.locator(".problem-meta")).toContainText("Published (version 2)");

  // 2. A set of the problem, a bank design prompt and a bank behavioral question; then a link.
  await lead.getByRole("link", { name: "← Team" }).click();
  await lead.getByRole("tab", { name: "Sets" }).click();
  await lead.getByRole("link", { name: "New set" }).click();
  await expect(lead).toHaveURL(`/teams/${teamId}/sets/new`);
  await lead.getByLabel("Title", { exact: true }).fill(setTitle);
  await lead.getByLabel("Instructions for candidates", { exact: true }).fill("Work on your own. Explain your reasoning in the written answers.");
  await lead.getByLabel("Time limit (minutes)").fill("45");
  const picker = lead.getByLabel("Problem to add");
  const points: [string, string][] = [
    [PROBLEM.title, "20"],
    [design.title, "15"],
    [behavioral.title, "10"],
  ];
  await picker.selectOption({ label: PROBLEM.title });
  await lead.getByRole("button", { name: "Add to the set" }).click();
  await picker.selectOption(`bank:${design.id}`);
  await lead.getByRole("button", { name: "Add to the set" }).click();
  await picker.selectOption(`bank:${behavioral.id}`);
  await lead.getByRole("button", { name: "Add to the set" }).click();
  for (const [title, value] of points) await lead.getByLabel(`Points for ${title}`).fill(value);
  await expect(lead.getByText("3 problems, 45 points in all.")).toBeVisible();
  await lead.getByRole("button", { name: "Create set" }).click();
  await expect(lead.getByRole("heading", { level: 1, name: setTitle })).toBeVisible();
  const setPath = new URL(lead.url()).pathname;
  expect(setPath).toMatch(new RegExp(`^/teams/${teamId}/sets/[^/]+$`));

  await lead.getByRole("tab", { name: "Invitations" }).click();
  const invitation = await createInvitationLink(lead, "for Ada");
  expect(new URL(invitation.url).origin).toBe(app.url);

  // 3. The candidate, in a browser of their own: the link, an account, Accept, Start.
  const { context: candidateContext, offOriginRequests: candidateOffOrigin } = await newContext();
  const candidate = await candidateContext.newPage();
  await candidate.goto(invitation.url);
  await expect(candidate.getByRole("heading", { level: 1, name: setTitle })).toBeVisible();
  await expect(candidate.getByText(`${teamName} invites you to`)).toBeVisible();
  await expect(candidate.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
  await candidate.getByRole("link", { name: "Create an account" }).click();
  await expect(candidate).toHaveURL(`/sign-up?next=${encodeURIComponent(new URL(invitation.url).pathname)}`);
  await signUp(candidate, candidateEmail, candidateName);
  await expect(candidate).toHaveURL(new URL(invitation.url).pathname);
  await candidate.getByRole("button", { name: "Accept invitation" }).click();
  await expect(candidate).toHaveURL(/\/attempts\/[^/]+$/);
  const attemptPath = new URL(candidate.url()).pathname;
  await expect(candidate.getByRole("heading", { level: 1, name: setTitle })).toBeVisible();
  // Before the clock starts: each problem's kind and points, not its title.
  const problems = candidate.locator("table.attempt-items");
  await expect(problems.locator("thead th")).toHaveText(["#", "Kind", "Points", "Your work"]);
  await expect(problems.locator("tbody tr")).toHaveText([/^1\s*Coding\s*20/, /^2\s*System design\s*15/, /^3\s*Behavioral\s*10/]);
  for (const title of [PROBLEM.title, design.title, behavioral.title]) await expect(problems).not.toContainText(title);
  await candidate.getByRole("button", { name: "Start", exact: true }).click();
  await expect(candidate.getByRole("button", { name: "Finish and submit" })).toBeVisible();
  await expect(problems.locator("tbody tr").getByRole("link")).toHaveText([PROBLEM.title, design.title, behavioral.title]);

  // The coding problem: solved in Monaco and submitted.
  await candidate.getByRole("link", { name: PROBLEM.title }).click();
  await expect(candidate.getByRole("heading", { level: 1, name: PROBLEM.title })).toBeVisible();
  await setAttemptCode(candidate, CANDIDATE_CODE);
  await candidate.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(verdict(candidate).getByRole("heading")).toHaveText("Accepted", JUDGED);

  // The design prompt: part of it typed, saved to the server, and still there after a reload
  // with this browser's own copy gone.
  await candidate.getByRole("link", { name: "Next problem" }).click();
  await expect(candidate.getByRole("heading", { level: 1, name: design.title })).toBeVisible();
  const requirements = "Accept orders, charge payment, notify the customer; 99.9% availability and 1,000 orders per second at peak.";
  await candidate.getByLabel("Requirements", { exact: true }).fill(requirements);
  const saveStatus = candidate.getByTestId("save-status");
  await expect(saveStatus).toHaveText(/^Saved \d{2}:\d{2}:\d{2}$/);
  await candidate.evaluate(() => window.localStorage.clear());
  await candidate.reload();
  await expect(candidate.getByLabel("Requirements", { exact: true })).toHaveValue(requirements);
  await expect(saveStatus).toHaveText(/^Saved /);
  await candidate
    .getByLabel("High-level design", { exact: true })
    .fill("The order service writes to a DynamoDB table and sends an event to an SQS queue; a worker consumes it with retries and a dead-letter queue. Idempotency keys stop double charges.");
  await expect(saveStatus).toHaveText(/^Saved /);

  // The behavioral question: answered in STAR form and submitted.
  await candidate.getByRole("link", { name: "Next problem" }).click();
  await expect(candidate.getByRole("heading", { level: 1, name: behavioral.title })).toBeVisible();
  await candidate.getByLabel("Situation", { exact: true }).fill("Last year I shipped a migration that dropped an index on our orders table during peak traffic.");
  await candidate.getByLabel("Task", { exact: true }).fill("I owned the rollback and had to restore checkout latency within the hour.");
  await candidate
    .getByLabel("Action", { exact: true })
    .fill("I paged the on-call DBA, I rolled back the migration, I rebuilt the index concurrently and I wrote a runbook and a CI check that blocks index drops.");
  await candidate.getByLabel("Result", { exact: true }).fill("Latency recovered in 25 minutes, and in the next 6 months we had zero index regressions.");
  await candidate.getByRole("button", { name: "Submit answer" }).click();
  await expect(candidate.locator(".attempt-submitted")).toContainText(/^Submitted \d{2}:\d{2}:\d{2}\./, JUDGED);

  // Finish from the overview.
  await candidate.getByRole("link", { name: "← Overview" }).click();
  await expect(candidate).toHaveURL(attemptPath);
  const work = candidate.locator("table.attempt-items tbody tr");
  await expect(work.nth(0)).toContainText(/Submitted \d/);
  await expect(work.nth(1)).toContainText(/Saved \d/);
  await expect(work.nth(2)).toContainText(/Submitted \d/);
  await candidate.getByRole("button", { name: "Finish and submit" }).click();
  await candidate.getByRole("button", { name: "Yes, finish and submit" }).click();
  await expect(candidate.getByRole("alert").filter({ hasText: "You have submitted this attempt." })).toBeVisible(JUDGED);
  await expect(candidate.getByText("The team will review your answers; they have chosen not to show results here.")).toBeVisible();
  await candidate.screenshot({ path: testInfo.outputPath("candidate-overview.png"), fullPage: true });
  await testInfo.attach("candidate-overview", { path: testInfo.outputPath("candidate-overview.png"), contentType: "image/png" });

  // 4. The lead reads the results: the candidate's row, then the attempt in full.
  await lead.getByRole("tab", { name: "Results" }).click();
  await lead.getByRole("button", { name: "Refresh" }).click();
  const row = lead.locator("table.results-table tbody tr").filter({ hasText: candidateName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(candidateEmail);
  await expect(row.locator("td").nth(0)).toHaveText("Submitted");
  // Status, total, time taken, then one column per problem.
  await expect(row.locator("td").nth(3)).toContainText("20 / 20");
  await expect(row.locator("td").nth(3)).toContainText("Accepted · 3/3 tests");
  await expect(row.locator("td").nth(4)).toContainText(/^[\d.]+ \/ 15Score \d+\/100$/);
  await expect(row.locator("td").nth(5)).toContainText(/^[\d.]+ \/ 10Score \d+\/100$/);
  await expect(row.locator("td").nth(1)).toHaveText(/^[\d.]+ \/ 45$/);
  const cells = await row.locator("td").allInnerTexts();
  const total = awarded(cells[1] ?? "");
  expect(total).toBeGreaterThan(20);
  expect(Math.abs(total - (awarded(cells[3] ?? "") + awarded(cells[4] ?? "") + awarded(cells[5] ?? "")))).toBeLessThanOrEqual(0.15);
  await lead.getByRole("region", { name: "Results", exact: true }).screenshot({ path: testInfo.outputPath("lead-results.png") });
  await testInfo.attach("lead-results", { path: testInfo.outputPath("lead-results.png"), contentType: "image/png" });

  await row.getByRole("link", { name: candidateName }).click();
  await expect(lead.getByRole("heading", { level: 1, name: candidateName })).toBeVisible();
  await expect(lead.locator(".limits")).toContainText(`${cells[1]?.split(" / ")[0]} of 45 points`);
  const items = lead.locator("section.attempt-item");
  await expect(items).toHaveCount(3);
  const coding = items.nth(0);
  await expect(coding.getByRole("heading", { level: 2 })).toContainText(PROBLEM.title);
  await expect(coding).toContainText("20 of 20 points");
  await expect(coding.locator(".verdict")).toContainText("Accepted: 3 of 3 tests passed");
  await expect(coding.locator("figure", { hasText: "Code graded" })).toContainText(CANDIDATE_MARK);
  await expect(coding.getByRole("list", { name: "Tests" }).getByRole("listitem")).toHaveCount(3);
  const designItem = items.nth(1);
  await expect(designItem.getByRole("heading", { level: 2 })).toContainText(design.title);
  await expect(designItem).toContainText("Graded from the draft saved when the attempt closed.");
  await expectScorecard(designItem, design);
  await expect(designItem.locator(".scorecard")).toContainText("Idempotency keys stop double charges.");
  const behavioralItem = items.nth(2);
  await expect(behavioralItem.getByRole("heading", { level: 2 })).toContainText(behavioral.title);
  await expect(behavioralItem).toContainText("Graded from the candidate's submission.");
  await expectScorecard(behavioralItem, behavioral);
  await expect(behavioralItem.locator(".scorecard")).toContainText("zero index regressions");
  await lead.screenshot({ path: testInfo.outputPath("lead-attempt.png"), fullPage: true });
  await testInfo.attach("lead-attempt", { path: testInfo.outputPath("lead-attempt.png"), contentType: "image/png" });

  // 5. A link past its expiry (forced in the database: the API's shortest is an hour) is refused.
  await lead.getByRole("link", { name: `← Results of ${setTitle}` }).click();
  await lead.getByRole("tab", { name: "Invitations" }).click();
  const expired = await createInvitationLink(lead, "expired on purpose");
  await app.db
    .update(setInvitations)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(setInvitations.id, expired.id));
  await candidate.goto(expired.url);
  await expect(candidate.getByRole("heading", { level: 1, name: "This invitation link can no longer be used" })).toBeVisible();
  await expect(candidate.getByText("This invitation link has expired. Ask the team that sent it for a new one.")).toBeVisible();
  await expect(candidate.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
  await expect(candidate.getByRole("heading", { name: setTitle })).toHaveCount(0);
  await lead.reload();
  await expect(lead.getByRole("row").filter({ hasText: "expired on purpose" })).toContainText("Expired");

  expect(offOriginRequests, "the lead's page contacted another origin").toEqual([]);
  expect(candidateOffOrigin, "the candidate's page contacted another origin").toEqual([]);
});
