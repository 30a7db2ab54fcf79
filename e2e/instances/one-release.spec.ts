import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { StudioPage } from "../pages/studio-page";
import { pollingOnlyEnv, startAppServer, startSimulator } from "../support/app-server";
import { builtDeploymentId } from "../../lib/config/deployment-id";
import { logEvents } from "../support/log-lines";
import { SimulatorControl } from "../support/simulator";
import { startRoundRobinProxy } from "../../lib/testing/round-robin-proxy";

/**
 * The README's "Several instances on one database", as written: one build, two `next start`
 * instances on one PostgreSQL database and one data folder, behind a proxy that sends each
 * request to the next instance in turn. Polling only (no APP_URL), so neither instance depends on
 * a callback reaching it.
 */
const POSTGRES = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** The id the suite's build was made with (scripts/e2e-server.ts builds with one). */
const RELEASE = builtDeploymentId(process.env.NEXT_DIST_DIR || ".next");

test.describe.configure({ timeout: 180_000 });

test("two instances of one build behind a proxy: sign up and generate through it, watch on either instance", async ({
  browser,
  newUser,
}) => {
  const sim = await startSimulator({
    token: `sim-${randomBytes(6).toString("hex")}`,
    noCallbacks: true,
    taskDurationMs: 3_000,
  });
  // As the README says: the same DEPLOYMENT_ID as the build on every instance (or none at all).
  const env = { ...pollingOnlyEnv(sim), TRUSTED_PROXY_HOPS: "1", DEPLOYMENT_ID: RELEASE };
  const first = await startAppServer({ env, label: "instance-a", postgresUrl: POSTGRES });
  const second = await startAppServer({ env, label: "instance-b", sharing: first });
  const proxy = await startRoundRobinProxy([first.url, second.url]);
  const context = await browser.newContext({ baseURL: proxy.url });
  try {
    const page = await context.newPage();
    // A refused sign-in is an expected answer: one quiet line, no stack (checked below).
    await new AuthPages(page).signIn(newUser.email, "not-the-password");
    await expect(page.getByTestId("form-error")).toContainText("do not match an account");
    await new AuthPages(page).signUp(newUser);
    await expect(page).toHaveURL(/\/studio/);

    const prompt = `Two instances ${randomBytes(4).toString("hex")}: a lighthouse at dusk`;
    const studio = new StudioPage(page);
    await studio.create(prompt);
    // Hydrated: the form went through the server action, not as a GET with the prompt in the URL.
    expect(new URL(page.url()).searchParams.get("prompt")).toBeNull();
    const control = new SimulatorControl(page.request, sim.url);
    await expect.poll(() => control.submitsFor(prompt), { timeout: 15_000 }).toBe(1);

    for (const instance of [first, second]) {
      const viewer = await context.newPage();
      await viewer.goto(`${instance.url}/studio`);
      const watched = new StudioPage(viewer);
      const card = watched.card(prompt);
      await expect(card, `ready on ${instance.url}`).toBeVisible({ timeout: 60_000 });
      await watched.expectPlays(card);
      await viewer.close();
    }
    expect(await control.submitsFor(prompt), "one POST whichever instance did the work").toBe(1);
    expect(Math.min(...proxy.served), "both instances served the proxied pages").toBeGreaterThan(3);

    // The operator's view (README, "Logs"): one JSON line per event. The submit's line names its
    // request, workspace and generation; the generation id joins it to the send and the saved
    // copy, on whichever instance did them.
    const id = await studio.card(prompt).getAttribute("data-id");
    const events = logEvents(first.logs() + second.logs());
    const about = events.filter((e) => e.generationId === id);
    const submitted = about.find((e) => e.event === "generation.submitted");
    expect(submitted, "a line for the submit").toMatchObject({
      level: "info",
      requestId: expect.stringMatching(/^[\w-]{8,}$/),
      route: "/studio",
      workspaceId: expect.any(String),
      userId: expect.any(String),
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(about.find((e) => e.event === "generation.sent")).toMatchObject({ taskId: expect.any(String) });
    expect(about.some((e) => e.event === "generation.state" && e.to === "ready" && e.job === "mirror")).toBe(
      true,
    );
    const refusals = events.filter((e) => e.event === "auth.refused");
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).not.toHaveProperty("err");
    expect(first.logs() + second.logs()).not.toContain("CredentialsSignin");
  } catch (error) {
    await test
      .info()
      .attach("instances.log", { body: first.logs() + second.logs(), contentType: "text/plain" });
    throw error;
  } finally {
    await context.close();
    await proxy.close();
    await second.dispose();
    await first.dispose();
    await sim.dispose();
  }
});

test("an instance started with another release's DEPLOYMENT_ID refuses to start and says how to build with it", async () => {
  const other = `${RELEASE ?? "release"}-next`;
  const built = RELEASE ? `made with "${RELEASE}"` : "made without one";
  const started = startAppServer({
    env: { DEPLOYMENT_ID: other },
    label: "wrong-release",
    startTimeoutMs: 30_000,
  });
  await expect(started).rejects.toThrow(
    new RegExp(`exited[\\s\\S]*DEPLOYMENT_ID is "${other}", but this build was ${built}`),
  );
  await expect(started).rejects.toThrow(`DEPLOYMENT_ID=${other} npm run build`);
});
