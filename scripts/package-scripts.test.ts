import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The package scripts people run by hand (the README's first line runs `db:migrate`), run as
 * npm runs them: a module marked server-only, imported without the react-server condition,
 * would stop them dead while every vitest suite (which stubs server-only) stays green.
 */
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
  .scripts;
const run = (script: string, env: Record<string, string>) =>
  spawnSync("npm", ["run", "--silent", script], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });

describe("package scripts", { timeout: 150_000 }, () => {
  it("every tsx script that reaches server-only modules runs with the react-server condition", () => {
    for (const [name, command] of Object.entries(scripts)) {
      if (command.startsWith("tsx ") && !command.includes("e2e-server")) {
        expect(command, name).toContain("--conditions=react-server");
      }
    }
  });

  it("db:migrate and jobs run on a fresh embedded database", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "scripts-test-"));
    try {
      const env = { DATA_DIR: dir, DATABASE_URL: "" };
      const migrate = run("db:migrate", env);
      expect(migrate.stderr).not.toMatch(/Error/);
      expect(migrate.stdout).toMatch(/Applied \d+ migration\(s\) to the embedded database/);
      const jobs = run("jobs", { ...env });
      expect(jobs.status, jobs.stderr).toBe(0);
      expect(jobs.stdout).toMatch(/dispatch.*poll.*mirror/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
