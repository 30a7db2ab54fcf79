/**
 * `npm run bench:server`: the embedded default's one process (next start, demo mode, PGlite,
 * workers inside) — its memory idle and at peak. Builds first when there is no build.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { benchEmbeddedServer } from "./embedded-server";

if (!existsSync(".next/BUILD_ID")) spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
await benchEmbeddedServer();
process.exit(0);
