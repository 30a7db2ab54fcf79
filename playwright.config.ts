import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ONE_LAYOUT_TAG } from "./e2e/support/layouts";

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium where it is installed (Playwright cannot download its own here), else Playwright's.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

/**
 * Specs that read or change what a demo server holds for everyone on it: the simulator's injected
 * faults, its request log and counters, and the token's in-flight cap. They get a demo server of
 * their own (the same build, on the next port) and run one at a time on it, beside everything else.
 */
const sharedUpstreamPort = port + 1;
const SHARED_UPSTREAM = /(lifecycle\/faults|lifecycle\/dispatch-queue|progress\/.*|batch\/.*)\.spec\.ts$/;
/** Where a phone's layout differs from a desktop's; everything else runs once, on the desktop. */
const PHONE_LAYOUT =
  /(playback|gallery|create|compare)\/.*\.spec\.ts$|(studio|a11y|first-contact)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  globalSetup: "./e2e/support/global-setup.ts",
  // Files run side by side; the tests of one file stay in order, in one worker.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Spinners and pulses stand still (globals.css): an open studio page then costs Chromium's
    // compositor ~0.3 % of a core instead of ~15 %, which the suite's two cores need elsewhere.
    reducedMotion: "reduce",
  },
  projects: [
    // First: its specs run one at a time, so started last they ran alone at the end (~2 min with
    // the other worker idle); started first, they run beside everything else.
    {
      name: "shared-upstream",
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://127.0.0.1:${sharedUpstreamPort}` },
      testMatch: SHARED_UPSTREAM,
      workers: 1,
    },
    // The share suite opens its own Pixel 7 beside the maker's laptop.
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions },
      testIgnore: SHARED_UPSTREAM,
    },
    {
      name: "phone",
      // A phone keeps its motion: with it reduced, Sonner's toasts appeared at once under the
      // finger's last spot (the sheet's Generate button), took it as a hover and never left.
      use: { ...devices["Pixel 7"], launchOptions, reducedMotion: "no-preference" },
      testMatch: PHONE_LAYOUT,
      grepInvert: new RegExp(ONE_LAYOUT_TAG),
    },
  ],
  // Started one after the other: the first builds, the second serves the same build.
  webServer: [
    { ...demoServer(port), env: { E2E_PORT: String(port) } },
    { ...demoServer(sharedUpstreamPort), env: { E2E_PORT: String(sharedUpstreamPort), E2E_SKIP_BUILD: "1" } },
  ],
});

function demoServer(serverPort: number) {
  return {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${serverPort}/sign-in`,
    reuseExistingServer: false,
    // The first one builds (on a loaded 2-core machine, a few minutes).
    timeout: 600_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  };
}
