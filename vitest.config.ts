import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const serverOnlyStub = fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url));

export default defineConfig({
  resolve: { tsconfigPaths: true, alias: { "server-only": serverOnlyStub } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "hooks/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "**/*.workers.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.int.test.ts"],
          exclude: [
            "**/*.workers.test.ts",
            "node_modules/**",
            // About the embedded database only (its child processes ignore TEST_DATABASE_URL): run
            // once, in the PGlite run, not a second time beside PostgreSQL.
            ...(process.env.TEST_DATABASE_URL ? ["lib/db/embedded-lock.int.test.ts"] : []),
          ],
          globalSetup: ["lib/testing/integration-setup.ts"],
          // Auth.js goes through vitest (not Node's loader), so it sees the same mocked
          // `next/headers` as the app's code and its extension-less `next/*` imports resolve.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A poll waits for the app, not a clock: on a loaded CI host (two databases' suites side by
          // side) a submit's checks can take seconds, past vitest's 1 s default (a CI run failed so).
          expect: { poll: { timeout: 30_000, interval: 50 } },
          // Every file opens a database of its own (test-database.ts), so files run side by side.
          fileParallelism: true,
        },
      },
      {
        extends: true,
        test: {
          // Real `npm run worker` processes on a PostgreSQL server (a scratch database each run).
          name: "workers",
          environment: "node",
          include: ["lib/**/*.workers.test.ts"],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
