import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources in tests (the "@cailiang/source"
// export condition), so a test never runs against a stale dist/.
export default defineConfig({
  resolve: { conditions: ["@cailiang/source"] },
  ssr: { resolve: { conditions: ["@cailiang/source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "rules/**/*.test.ts", "scripts/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
