import { defineConfig } from "vitest/config";

/**
 * Tests that measure the machine (verdicts under load) run alone, after the unit suite: other
 * test files running beside them would be load they did not plan for.
 */
export default defineConfig({
  test: {
    include: ["server/**/*.load.test.ts"],
    testTimeout: 60_000,
    pool: "forks",
    fileParallelism: false,
  },
});
