/**
 * The embedded default as a user runs it — `next start` in demo mode on PGlite, the job engine's
 * workers inside the one process — and that process's resident memory: idle, at peak while
 * several people generate at once, and once the work is done. Part of `npm run bench:jobs`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { applyMigrations } from "../../lib/db/migrate";
import { openAdapter, resolveDatabaseTarget } from "../../lib/db/adapter";
import { mb, rssKb, watchMemory } from "./memory";

const PEOPLE = 4;
const SUBMITS_EACH = Number(process.env.BENCH_SERVER_SUBMITS ?? 40) / PEOPLE;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

export async function benchEmbeddedServer() {
  const port = process.env.BENCH_PORT ?? "3500";
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-embedded-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    PORT: port,
    ACEDATA_API_TOKEN: "",
    DEMO_TASK_DURATION_MS: "3000",
  };
  delete env.DATABASE_URL;
  const adapter = await openAdapter(resolveDatabaseTarget(undefined, dataDir));
  await applyMigrations({ factory: adapter.factory });
  await adapter.close();

  const server = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
  });
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`${base}/sign-in`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 120) throw new Error("the embedded server did not start");
      await sleep(500);
    }
    await sleep(10_000);
    const idle = rssKb(server.pid!);
    const memory = watchMemory(server.pid!);

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    let submitted = 0;
    await Promise.all(
      Array.from({ length: PEOPLE }, async (_, n) => {
        const page = await (await browser.newContext({ baseURL: base })).newPage();
        await page.goto("/sign-up");
        await page.getByLabel("Name").fill(`Bench ${n}`);
        await page.getByLabel("Email").fill(`bench-${n}-${Date.now()}@example.test`);
        await page.getByLabel("Password").fill("bench-password-123");
        await page.getByRole("button", { name: "Create account" }).click();
        await page.waitForURL(/\/studio/);
        for (let i = 0; i < SUBMITS_EACH; i++) {
          await page.getByLabel("Prompt", { exact: true }).fill(`A bench video ${n}-${i}`);
          await page.getByTestId("generate").click();
          submitted++;
          await sleep(300);
        }
        // Until nothing is in progress on this person's screen.
        await page.getByTestId("queue-item").first().waitFor({ state: "detached", timeout: 180_000 });
      }),
    );
    await browser.close();
    const peak = memory.peak;
    await sleep(15_000);
    memory.stop();
    console.log(
      `\nEmbedded default (next start, demo mode, PGlite, workers in-process): ${mb(idle)} idle, ${mb(peak)} peak while ${PEOPLE} people made ${submitted} videos, ${mb(rssKb(server.pid!))} after`,
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
