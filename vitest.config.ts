import { defineConfig } from "vitest/config";

export default defineConfig({
  // Node loads the CommonJS graphql (index.js) for Pothos, Yoga and graphql-scalars; without this,
  // Vite hands our own sources the ESM build (index.mjs) and graphql-js sees two realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ (tsc -b, incremental) for the tests that run the compiled program.
    globalSetup: ["test/support/build.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
