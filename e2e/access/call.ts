/**
 * Calling the production build the way a browser (or anyone with curl) can: server actions by
 * their id from the build's manifest, POSTed with `Next-Action`; route handlers by URL.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  answerOfRedirect,
  answerOfResponse,
  answerOfResult,
  type Answer,
} from "../../lib/testing/access/matrix";

export interface ActionRef {
  id: string;
  /** A page that carries the action (the manifest's first worker without dynamic segments). */
  page: string;
}

/** `exportedName` of file → its id and a page to post it to, from `.next/server/server-reference-manifest.json`. */
export function actionManifest(distDir: string): Map<string, ActionRef> {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const refs = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const workers = Object.keys(entry.workers).sort(
      (a, b) => Number(a.includes("[")) - Number(b.includes("[")),
    );
    const page =
      "/" +
      workers[0]!
        .replace(/^app\//, "")
        .replace(/\/page$/, "")
        .split("/")
        .filter((s) => !/^\(.*\)$/.test(s))
        .map((s) => (s.startsWith("[") ? "x" : s))
        .join("/");
    // Relative to the build's root, which may be a folder above this checkout (TURBOPACK_ROOT).
    const file = entry.filename.replace(/^(?:.*\/)?(?=lib\/actions\/)/, "");
    refs.set(`${file}#${entry.exportedName}`, { id, page: page === "/page" ? "/" : page });
  }
  return refs;
}

export async function callAction(
  base: string,
  ref: ActionRef,
  input: unknown,
  cookie: string | null,
): Promise<Answer> {
  const response = await fetch(`${base}${ref.page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": ref.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify([input]),
  });
  const raw = await response.text();
  // The flight answer: `0:{"a":"$@1",…}` then `1:<the action's return value>`.
  const rows = new Map(
    raw
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const colon = line.indexOf(":");
        return [line.slice(0, colon), line.slice(colon + 1)] as const;
      }),
  );
  let result: unknown = undefined;
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const pointer = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    result = pointer ? JSON.parse(rows.get(pointer) ?? "null") : head?.a;
  } catch {
    result = undefined;
  }
  if (typeof (result as { ok?: unknown } | undefined)?.ok === "boolean")
    return { ...answerOfResult(result), status: response.status, raw };
  if (response.status >= 300 && response.status < 400)
    return answerOfRedirect(response.status, response.headers.get("location") ?? "", raw);
  return {
    status: response.status,
    ok: response.status < 300,
    code: response.status < 300 ? null : "error",
    raw,
  };
}

export async function callRoute(
  base: string,
  method: string,
  urlPath: string,
  options: { cookie: string | null; workspace?: string; body?: BodyInit; contentType?: string },
): Promise<Answer> {
  const response = await fetch(`${base}${urlPath}`, {
    method,
    redirect: "manual",
    headers: {
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(options.workspace ? { "x-workspace-id": options.workspace } : {}),
      ...(options.contentType ? { "Content-Type": options.contentType } : {}),
    },
    body: options.body,
  });
  return answerOfResponse(response);
}
