import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth-pages";
import { StudioPage } from "./pages/studio-page";

/**
 * Bad input against the production build: NUL bytes, impossible ids, oversized and non-JSON bodies
 * and malformed server-action calls answer 4xx (or a redirect) with a plain message, never 500; and a
 * webhook with a wrong token is refused before its body is read, so a large body costs no memory.
 */

const port = Number(process.env.E2E_PORT ?? 3100);
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The server process, for its memory: scripts/e2e-server.ts writes `next start`'s PID here.

const pidFile = path.resolve(".test-data", `e2e-server-${port}.pid`);

/** Resident memory of the server and any processes it started, in bytes, from /proc. */
function serverRss(): number {
  const root = Number(readFileSync(pidFile, "utf8"));
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    }
  }
  return total;
}

/**
 * POSTs `totalBytes` to the server without ever holding them: chunked (no Content-Length) or with a
 * declared length, in 64 KiB chunks that respect back-pressure. Resolves once the answer has arrived
 * and the upload has ended, with the status, the body and how many bytes went out; a server that
 * answers early and then closes the socket is fine.
 */
function streamPost(
  urlPath: string,
  totalBytes: number,
  options: { declareLength: boolean; onProgress?: () => void },
): Promise<{ status: number; body: string; sentBytes: number }> {
  const chunk = Buffer.alloc(64 * 1024, 0x7b); // "{{{{…": never valid JSON
  return new Promise((resolve, reject) => {
    let answer: { status: number; body: string } | null = null;
    let uploadEnded = false;
    let sent = 0;
    const settle = () => {
      if (answer && uploadEnded) resolve({ ...answer, sentBytes: sent });
    };
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: urlPath,
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(options.declareLength ? { "content-length": String(totalBytes) } : {}),
        },
      },
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () => {
          answer = { status: response.statusCode ?? 0, body: Buffer.concat(parts).toString() };
          settle();
        });
      },
    );
    request.on("error", (error) => {
      uploadEnded = true;
      if (answer) settle();
      else reject(error);
    });
    request.on("close", () => {
      uploadEnded = true;
      settle();
    });
    const pump = () => {
      while (sent < totalBytes && !request.destroyed) {
        const part = chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
        sent += part.length;
        options.onProgress?.();
        if (!request.write(part)) return void request.once("drain", pump);
      }
      if (!request.destroyed) request.end();
    };
    pump();
  });
}

// ---------------------------------------------------------------------------------------------
// Server actions, called the way a browser calls them.

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** An action's id from the build's manifest (the same id the browser finds in the page's JS). */
function actionId(exportedName: string): string {
  const file = path.resolve(distDir, "server", "server-reference-manifest.json");
  if (!existsSync(file)) throw new Error(`No ${file}: build with the same NEXT_DIST_DIR as the server.`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === "lib/actions/auth.ts" && action.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${file}`);
  return found[0];
}

/**
 * What React's client sends for `action(...args)`: the JSON-encoded argument list as text; or, when
 * an argument is a FormData, a multipart body with the form's fields named `_1_<name>` and then
 * field "0" holding the list, where `"$K1"` stands for the form. The order matters: the server
 * decodes "0" as soon as it arrives, so the fields must come first, as React sends them.
 */
function callAction(
  request: APIRequestContext,
  page: string,
  id: string,
  call: { args: string; form?: Record<string, string> },
) {
  const headers = { "Next-Action": id, Accept: "text/x-component", Origin: `http://127.0.0.1:${port}` };
  if (!call.form) {
    return request.post(page, {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data: call.args,
      maxRedirects: 0,
    });
  }
  const multipart = new FormData();
  for (const [name, value] of Object.entries(call.form)) multipart.append(`_1_${name}`, value);
  multipart.append("0", call.args);
  return request.post(page, { headers, multipart, maxRedirects: 0 });
}

/** A form posted without JavaScript: the action id travels as a field of the form itself. */
function postFormWithoutJs(
  request: APIRequestContext,
  page: string,
  id: string,
  fields: Record<string, string>,
) {
  return request.post(page, {
    headers: { Origin: `http://127.0.0.1:${port}` },
    multipart: { [`$ACTION_ID_${id}`]: "", ...fields },
    maxRedirects: 0,
  });
}

/** A redirect (303, or the `x-action-redirect` a fetch action answers with) or a 4xx, never a 5xx. */
async function expectRefusedOrRedirected(response: APIResponse, to?: RegExp) {
  const status = response.status();
  expect(status, await response.text()).toBeLessThan(500);
  const location = response.headers()["location"] ?? response.headers()["x-action-redirect"];
  if (status >= 400) return;
  expect(location, `status ${status} without a redirect`).toBeTruthy();
  if (to) expect(location).toMatch(to);
}

async function expectJsonError(response: APIResponse, status: number, code: string, message?: RegExp) {
  expect(response.status(), await response.text()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(message ?? /\S/);
  expect(body.error.message).not.toMatch(/prisma|invocation|stack|at \S+ \(/i);
}

// ---------------------------------------------------------------------------------------------

test.describe("NUL and impossible ids answer 4xx with a plain message", () => {
  test("the generations API, the page and the file route", async ({ page, newUser }) => {
    const auth = new AuthPages(page);
    await auth.signUp(newUser);
    await auth.expectInStudio(`${newUser.name}'s studio`);
    const api = page.request;

    await expectJsonError(await api.get("/api/generations?q=%00"), 400, "bad_request", /^q: .*NUL/);
    for (const filter of ["model", "aspectRatio", "creator"]) {
      await expectJsonError(await api.get(`/api/generations?${filter}=a%00b`), 400, "bad_request", /NUL/);
    }
    const nulCursor = Buffer.from("2026-01-01T00:00:00.000Z|\u0000").toString("base64url");
    await expectJsonError(await api.get(`/api/generations?cursor=${nulCursor}`), 400, "bad_request");
    await expectJsonError(await api.get(`/api/generations?cursor=%00`), 400, "bad_request");

    const notFound = /No such generation/;
    await expectJsonError(await api.get("/api/generations/%00"), 404, "not_found", notFound);
    await expectJsonError(await api.get("/api/generations/a%00b?images=1"), 404, "not_found", notFound);
    await expectJsonError(await api.get(`/api/generations/${"x".repeat(4000)}`), 404, "not_found", notFound);
    await expectJsonError(
      await api.get("/api/generations/%00/download", { maxRedirects: 0 }),
      404,
      "not_found",
    );

    expect((await api.get("/g/%00")).status()).toBe(404);
    expect((await api.get(`/g/${"x".repeat(4000)}`)).status()).toBe(404);

    const file = await api.get("/api/files/videos/%00.mp4?exp=1&sig=x");
    expect(file.status()).toBeGreaterThanOrEqual(400);
    expect(file.status()).toBeLessThan(500);
    expect(await file.text()).toMatch(/not valid|Not found/);

    // Not multipart: refused with a message, nothing stored.
    const upload = await api.post("/api/uploads", { data: { file: "\u0000" } });
    await expectJsonError(upload, 400, "bad_request", /multipart/);
  });

  test("signed out, the same routes answer 401 rather than 500", async ({ request }) => {
    await expectJsonError(await request.get("/api/generations/%00"), 401, "unauthorized");
    await expectJsonError(await request.get("/api/generations?q=%00"), 400, "bad_request", /NUL/);
  });
});

test.describe("malformed addresses, other workspaces and oversized bodies answer 4xx", () => {
  test("an address that cannot be decoded is a 400 on pages and routes", async ({ request }) => {
    for (const bad of [
      "/g/%E0%A4%A",
      "/studio%",
      "/s/%E0%A4%A",
      "/api/generations/%E0%A4%A",
      "/api/files/videos/%E0.mp4",
    ])
      expect((await request.get(bad)).status(), bad).toBe(400);
  });

  test("a page asked for a workspace the caller is not in is the 404 page", async ({ page, newUser }) => {
    await new AuthPages(page).signUp(newUser);
    await expect(page).toHaveURL(/\/studio/);
    for (const path of ["/studio", "/team", "/links", "/usage"]) {
      const response = await page.request.get(path, {
        headers: { "x-workspace-id": "cnotmyworkspace00000000" },
      });
      expect(response.status(), path).toBe(404);
    }
  });

  test("a 5 MB server-action body is refused with 413 before it is read", async ({ request }) => {
    const response = await request.post("/sign-in", {
      headers: { "next-action": actionId("signInAction"), "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(5 * 1024 * 1024),
    });
    expect(response.status()).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, code: "too_large" });
  });

  test("a server-action body that cannot be read is a 400, and a good one still works", async ({
    request,
  }) => {
    const signIn = { "next-action": actionId("signInAction") };
    const garbage = [
      { "content-type": "text/plain;charset=UTF-8", body: "{not json" },
      { "content-type": "multipart/form-data; boundary=XYZ", body: "not a multipart body" },
      { "content-type": "multipart/form-data", body: "no boundary at all" },
    ];
    for (const { body, ...type } of garbage) {
      const response = await request.post("/sign-in", { headers: { ...signIn, ...type }, data: body });
      expect(response.status(), type["content-type"]).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, code: "bad_request" });
    }
    // The same without `next-action`: a form posted without script, which Next also reads as an action.
    const noScript = await request.post("/", {
      headers: { "content-type": "multipart/form-data; boundary=XYZ" },
      data: "not a multipart body",
    });
    expect(noScript.status()).toBe(400);
    expect(await noScript.text()).toContain("the form could not be read");
    // A well-formed call (as React encodes `signInAction(state, formData)`) still reaches the action
    // after the proxy has read it: the form's own answer to an unknown account, not a 400.
    // The form's fields come before the arguments that name them ("0"), as a browser sends them.
    const form = new FormData();
    form.append("_1_email", "nobody-here@example.test");
    form.append("_1_password", "not-the-password");
    form.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
    const good = await request.post("/sign-in", {
      headers: { ...signIn, accept: "text/x-component" },
      multipart: form,
    });
    expect(good.status()).toBe(200);
    expect(await good.text()).toContain("do not match an account");
  });
});

test.describe("server actions refuse bad calls without a 500", () => {
  test("sign out everywhere without a session goes to sign-in", async ({ request }) => {
    const id = actionId("signOutEverywhereAction");
    const response = await callAction(request, "/sign-in", id, { args: "[]" });
    await expectRefusedOrRedirected(response, /\/sign-in/);
  });

  test("OAuth sign-in with credentials or an unknown provider is refused", async ({ request }) => {
    const id = actionId("oauthSignInAction");
    for (const provider of ["credentials", "no-such-provider", "\u0000"]) {
      // With JavaScript: the FormData argument as React encodes it.
      const fetched = await callAction(request, "/sign-in", id, { args: '["$K1"]', form: { provider } });
      await expectRefusedOrRedirected(fetched, /\/sign-in\?error=provider/);
      // Without JavaScript: the plain form post.
      const posted = await postFormWithoutJs(request, "/sign-in", id, { provider });
      await expectRefusedOrRedirected(posted, /\/sign-in\?error=provider/);
    }
    // Not even a form: a bare string argument.
    await expectRefusedOrRedirected(await callAction(request, "/sign-in", id, { args: '["credentials"]' }));
  });

  test("sign-up with a NUL in the name is a form error, and no account is made", async ({
    request,
    newUser,
  }) => {
    const id = actionId("signUpAction");
    const response = await callAction(request, "/sign-up", id, {
      args: '[{"status":"idle"},"$K1"]',
      form: { name: "Ada\u0000Lovelace", email: newUser.email, password: newUser.password },
    });
    expect(response.status(), await response.text()).toBe(200);
    expect(await response.text()).toContain("Your name cannot contain NUL characters.");

    const signIn = await callAction(request, "/sign-in", actionId("signInAction"), {
      args: '[{"status":"idle"},"$K1"]',
      form: { email: newUser.email, password: newUser.password },
    });
    expect(await signIn.text()).toContain("That email and password do not match an account.");
  });
});

test.describe("webhook bodies are bounded", () => {
  test("a 50 MB body with a wrong token is a 404 and costs the server no memory", async ({ request }) => {
    test.setTimeout(120_000);
    expect(existsSync(pidFile), `${pidFile} (written by scripts/e2e-server.ts)`).toBe(true);
    const target = () => `/api/webhooks/grok/${randomBytes(12).toString("hex")}?token=wrong`;

    // Warm the route up (module loading, first database query) so only the body could make it grow.
    for (let i = 0; i < 3; i++) {
      expect((await streamPost(target(), 1024, { declareLength: true })).status).toBe(404);
    }
    await expectJsonError(
      await request.post(target(), { data: { task_id: "x" } }),
      404,
      "not_found",
      /^Not found\.$/,
    );

    for (const declareLength of [false, true]) {
      const before = serverRss();
      let peak = before;
      let sends = 0;
      const answer = await streamPost(target(), 50 * MB, {
        declareLength,
        onProgress: () => {
          if (++sends % 16 === 0) peak = Math.max(peak, serverRss()); // every 1 MB sent
        },
      });
      peak = Math.max(peak, serverRss());
      const growth = peak - before;
      test.info().annotations.push({
        type: "server memory",
        description:
          `webhook 50 MB (${declareLength ? "Content-Length" : "chunked"}), wrong token: ` +
          `${answer.status} after ${(answer.sentBytes / MB).toFixed(1)} MB sent; server RSS ${(before / MB).toFixed(1)} MB -> peak ${(peak / MB).toFixed(1)} MB ` +
          `(+${(growth / MB).toFixed(1)} MB)`,
      });
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body)).toEqual({ error: { code: "not_found", message: "Not found." } });
      // Buffered, the body alone would add 50 MB; other specs share this server and its pages
      // allocate while this runs (26 MB seen once on a loaded machine), so the line is at 30.
      expect(growth).toBeLessThan(30 * MB);
    }
  });

  test("with a valid token, an over-cap, non-JSON or NUL body is still only a hint", async ({
    page,
    newUser,
  }) => {
    test.setTimeout(120_000);
    await new AuthPages(page).signUp(newUser);
    const prompt = `A paper boat on a puddle ${randomBytes(4).toString("hex")}`;
    await new StudioPage(page).create(prompt);

    // The callback URL the app gave the (demo) upstream, token included, from the simulator's log.
    let callbackUrl = "";
    await expect
      .poll(
        async () => {
          const { items } = (await (await page.request.get("/api/simulator/__sim/tasks")).json()) as {
            items: Array<{ request?: { prompt?: string; callback_url?: string } }>;
          };
          callbackUrl = items.find((t) => t.request?.prompt === prompt)?.request?.callback_url ?? "";
          return callbackUrl;
        },
        { timeout: 30_000 },
      )
      .toMatch(/\/api\/webhooks\/grok\/[^/?]+\?token=/);
    const { pathname, search } = new URL(callbackUrl);
    const target = pathname + search;

    const accepted = (answer: { status: number; body: string }, label: string) => {
      test
        .info()
        .annotations.push({ type: "valid token", description: `${label}: ${answer.status} ${answer.body}` });
      expect(answer.status, answer.body).toBeLessThan(500);
      if (answer.status === 200) expect(JSON.parse(answer.body)).toEqual({ ok: true });
    };
    accepted(await streamPost(target, 5 * MB, { declareLength: true }), "5 MB with Content-Length");
    accepted(await streamPost(target, 5 * MB, { declareLength: false }), "5 MB chunked");
    const nul = await page.request.post(target, { data: '{"task_id":"\\u0000"}' });
    accepted({ status: nul.status(), body: await nul.text() }, "JSON with \\u0000");
    const notJson = await page.request.post(target, {
      data: "not json",
      headers: { "content-type": "text/plain" },
    });
    accepted({ status: notJson.status(), body: await notJson.text() }, "not JSON");

    // The generation itself is unharmed: it still finishes.
    await expect(new StudioPage(page).card(prompt)).toHaveAttribute("data-state", /^(succeeded|ready)$/, {
      timeout: 45_000,
    });
  });
});
