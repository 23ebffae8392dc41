import { defineConfig, devices } from "@playwright/test";

const CI = Boolean(process.env.CI);

/**
 * The app is started in-process by test/e2e/fixtures.ts (on port 0, one per worker), so
 * there is no `webServer` here. Playwright gives every test a fresh browser context.
 */
export default defineConfig({
  testDir: "test/e2e",
  forbidOnly: CI,
  retries: 0,
  workers: CI ? 2 : undefined,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
});
