// Generates the Rust-free Prisma client without downloading the native schema engine.
// The CLI insists on an engine binary being present for `generate` even though the
// prisma-client generator never uses it; pointing it at any existing file satisfies it
// (see docs/build-notes.md, "Prisma's migration engine").
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

const result = spawnSync("prisma", ["generate"], {
  stdio: "inherit",
  env,
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
