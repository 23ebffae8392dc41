import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["server/**/*.test.ts", "web/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    // *.load.test.ts measure the machine and run alone: see vitest.load.config.ts.
    exclude: ["**/node_modules/**", "test/e2e/**", "test/hostile/submissions/**", "problems/**", "**/*.load.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
