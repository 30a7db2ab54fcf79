import http from "node:http";
import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth-pages";

/**
 * The sign-in throttle on the production build with no trusted proxy: the server tells clients
 * apart by their connections' own addresses. The attacker connects from 127.0.0.2 (any 127/8
 * address is this machine), the owner's browser from 127.0.0.1.
 */
const ATTACKER = "127.0.0.2";

/** One sign-in through Auth.js's own endpoint, from `localAddress`; answers where it redirects. */
async function guess(baseURL: string, localAddress: string, email: string): Promise<string> {
  const call = (path: string, init: { method: string; cookie?: string; body?: string }) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request(
        new URL(path, baseURL),
        {
          method: init.method,
          localAddress,
          headers: {
            ...(init.cookie ? { cookie: init.cookie } : {}),
            ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          },
        },
        (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        },
      );
      request.on("error", reject);
      request.end(init.body);
    });
  const csrf = await call("/api/auth/csrf", { method: "GET" });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ email, password: "not-the-password", csrfToken }).toString();
  const answer = await call("/api/auth/callback/credentials", { method: "POST", cookie, body });
  return String(answer.headers.location ?? answer.status);
}

test.describe.configure({ timeout: 180_000 });

test("11 wrong guesses at a time from another address never lock the owner out; the attacker is held to 5", async ({
  page,
  newUser,
  baseURL,
}) => {
  await new AuthPages(page).signUp(newUser);
  await expect(page).toHaveURL(/\/studio/);
  await page.context().clearCookies();

  const answers: string[] = [];
  let ownerIn = 0;
  for (let round = 0; round < 4; round++) {
    answers.push(
      ...(await Promise.all(Array.from({ length: 11 }, () => guess(baseURL!, ATTACKER, newUser.email)))),
    );
    await new AuthPages(page).signIn(newUser.email, newUser.password);
    await expect(page).toHaveURL(/\/studio/, { timeout: 20_000 });
    ownerIn++;
    await page.context().clearCookies();
  }
  expect(ownerIn).toBe(4);
  const checked = answers.filter(
    (location) => /error=CredentialsSignin/.test(location) && !/throttled/.test(location),
  );
  const throttled = answers.filter((location) => /throttled/.test(location));
  expect(checked, answers.join("\n")).toHaveLength(5);
  expect(throttled).toHaveLength(answers.length - 5);
});
