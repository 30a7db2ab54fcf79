/**
 * `npm run bench:js`: the JavaScript each route makes a browser load first (gzip, as delivered),
 * read from the production build's manifests, against a budget per route. Exits 1 when a route
 * is over its budget, so a heavier import shows up where it is made, not in a Lighthouse score.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** KiB gzip. The framework alone (react-dom and the Next runtime) is about 160 KiB. */
export const BUDGETS: Record<string, number> = {
  "/page": 175,
  "/(auth)/sign-in/page": 180,
  "/(auth)/sign-up/page": 180,
  // 218.6 before money, moves and the card menu's prompt (+4 KiB); zod once reached it (+90).
  "/(app)/studio/page": 225,
  "/(app)/g/[id]/page": 220,
  // dnd-kit for the shots; zod stays out (storyboard-rules.ts, mentions.ts): with it, 296 and 277.
  "/(app)/storyboards/[id]/page": 215,
  "/(app)/storyboards/page": 195,
};

const nextDir = path.resolve(process.env.NEXT_DIR ?? ".next");

function manifestFor(route: string): Record<string, string[]> | null {
  const file = path.join(nextDir, "server/app", route.replace(/^\//, "") + "_client-reference-manifest.js");
  if (!existsSync(file)) return null;
  const g = globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> };
  g.__RSC_MANIFEST = {};
  new Function(readFileSync(file, "utf8"))();
  return g.__RSC_MANIFEST[route]?.entryJSFiles ?? null;
}

const sizes = new Map<string, number>();
function gzipKiB(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(nextDir, file))).length);
    bytes += sizes.get(file)!;
  }
  return bytes / 1024;
}

const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
};

/** Every route of the build, found by its client-reference manifest. */
function routes(dir = path.join(nextDir, "server/app"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    return entry.name === "page_client-reference-manifest.js" ? [`${prefix}/page`] : [];
  });
}

let over = 0;
console.log("First-load JavaScript per route (gzip KiB, budget):");
for (const route of routes().sort()) {
  const entries = manifestFor(route);
  if (!entries) continue;
  // What the page's HTML asks for: the runtime plus the chunks of every segment on its path.
  const files = new Set([...build.rootMainFiles, ...Object.values(entries).flat()]);
  const kib = gzipKiB(files);
  const budget = BUDGETS[route];
  const verdict = budget === undefined ? "" : kib <= budget ? `≤ ${budget}` : `OVER ${budget}`;
  if (budget !== undefined && kib > budget) over++;
  console.log(`  ${route.padEnd(36)} ${kib.toFixed(1).padStart(6)}  ${verdict}`);
}
if (over) {
  console.error(`\n${over} route(s) over budget.`);
  process.exit(1);
}
