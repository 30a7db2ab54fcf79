import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

/** The demo mode's simulator as the app mounts it: a secret token, own URLs only, signed media, tasks on disk. */
const dataDir = mkdtempSync(path.join(tmpdir(), "sim-demo-"));
vi.mock("@/lib/config/env", () => ({
  env: () => ({ DATA_DIR: dataDir, APP_URL: "https://studio.example.test" }),
  isDemoMode: () => true,
}));
// The app reaches itself on its own port (lib/config/self-url.ts).
process.env.PORT = "3999";

const { demoSimulator } = await import("@/lib/generations/demo-simulator");
const { demoToken } = await import("@/lib/generations/demo-token");

afterAll(() => {
  demoSimulator().stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const submit = (payload: Record<string, unknown>, token = demoToken()) =>
  demoSimulator().handle(
    new Request("http://127.0.0.1:3999/api/simulator/grok/videos", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({
        prompt: "Koi",
        model: "grok-imagine-video",
        duration: 2,
        async: true,
        ...payload,
      }),
    }),
  );

describe("demo simulator", () => {
  it("uses a secret generated once into the data folder, not a public constant", async () => {
    const token = demoToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(readFileSync(path.join(dataDir, "simulator-token"), "utf8")).toBe(token);
    expect((await submit({}, "demo-mode-token")).status).toBe(401);
    expect((await submit({})).status).toBe(200);
  });

  it.each([
    ["image_url", { image_url: "https://elsewhere.test/api/files/a.png" }, 400],
    ["image_url outside /api/files/", { image_url: "http://127.0.0.1:3999/api/simulator/__sim/reset" }, 400],
    ["image_url escaping /api/files/", { image_url: "http://127.0.0.1:3999/api/files/../auth/x" }, 400],
    ["image_url on another port", { image_url: "http://127.0.0.1:4000/api/files/a.png" }, 400],
    ["callback_url", { callback_url: "https://elsewhere.test/api/webhooks/grok/1" }, 400],
    ["callback_url outside the webhooks", { callback_url: "https://studio.example.test/api/files/x" }, 400],
    [
      "own image on APP_URL",
      { image_url: "https://studio.example.test/api/files/in/a.png?exp=1&sig=x" },
      200,
    ],
    ["own image on loopback", { image_url: "http://127.0.0.1:3999/api/files/in/a.png" }, 200],
    ["own webhook", { callback_url: "https://studio.example.test/api/webhooks/grok/g1?token=t" }, 200],
  ])("%s → %i", async (_name, payload, status) => {
    expect((await submit(payload)).status).toBe(status);
  });

  it("keeps its tasks in <DATA_DIR>/simulator/tasks.jsonl and signs its video links", async () => {
    const { task_id } = (await (await submit({})).json()) as { task_id: string };
    const lines = readFileSync(path.join(dataDir, "simulator", "tasks.jsonl"), "utf8")
      .trim()
      .split("\n");
    const stored = JSON.parse(lines.at(-1)!) as { id: string; videoUrl: string };
    expect(stored.id).toBe(task_id);
    const video = new URL(stored.videoUrl);
    expect(video.origin + video.pathname).toBe(
      "https://studio.example.test/api/simulator/media/848x480-2s.mp4",
    );
    const media = (query: string) =>
      demoSimulator().handle(new Request(`http://127.0.0.1:3999/api/simulator/media/848x480-2s.mp4${query}`));
    expect((await media(video.search)).status).toBe(200);
    expect((await media("")).status).toBe(403);
  });
});
