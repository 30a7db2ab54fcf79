import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Server actions and route handlers as the code has them: `file#export` and `file#METHOD`. */
export function endpointsInCode(): string[] {
  const found: string[] = [];
  for (const file of readdirSync("lib/actions").filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(path.join("lib/actions", file), "utf8");
    if (!/^["']use server["']/m.test(text)) continue;
    for (const m of text.matchAll(/^export (?:const|async function|function) (\w+)/gm))
      found.push(`lib/actions/${file}#${m[1]}`);
  }
  for (const file of routeFiles()) {
    const exports = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("export"))
      .join("\n");
    for (const m of new Set(exports.match(/\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)))
      found.push(`${file}#${m}`);
  }
  return found.sort();
}

/** Every `route.ts` under app/, as a path from the repository's root. */
export function routeFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? routeFiles(path.join(dir, e.name))
      : e.name === "route.ts"
        ? [path.join(dir, e.name)]
        : [],
  );
}

export type RouteParams = Record<string, string | string[]>;

/**
 * The params Next.js gives `file`'s handler for `pathname` (`[id]` one segment, `[...key]` the
 * rest), or null when the file does not serve that path. Route groups `(name)` are not in URLs.
 */
export function matchRoute(file: string, pathname: string): RouteParams | null {
  const pattern = file
    .replace(/^app\//, "")
    .replace(/\/?route\.ts$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s));
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const params: RouteParams = {};
  for (const [i, segment] of pattern.entries()) {
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll) {
      if (parts.length <= i) return null;
      params[catchAll[1]!] = parts.slice(i);
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]!] = part;
    else if (segment !== part) return null;
  }
  return parts.length === pattern.length ? params : null;
}

/** The route file that serves `pathname` as Next.js picks it: the most static segments first. */
export function resolveRoute(
  files: string[],
  pathname: string,
): { file: string; params: RouteParams } | null {
  const staticSegments = (file: string) => file.split("/").filter((s) => !s.startsWith("[")).length;
  for (const file of [...files].sort((a, b) => staticSegments(b) - staticSegments(a))) {
    const params = matchRoute(file, pathname);
    if (params) return { file, params };
  }
  return null;
}
