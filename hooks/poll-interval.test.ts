import { describe, expect, it } from "vitest";
import type { GenerationDto } from "@/lib/generations/dto";
import { FILE_URL_RENEW_MS, FILE_URL_SECONDS } from "@/lib/queries/file-urls";
import { ACTIVE_POLL_MS, pollInterval } from "./use-generations";

const now = Date.parse("2026-12-02T10:00:00Z");
const g = (over: Partial<GenerationDto>) =>
  ({ phase: "playable", saved: "stored", finishedAt: null, ...over }) as GenerationDto;

describe("pollInterval", () => {
  it("polls fast while anything is in progress, and not at all once everything is settled and stored", () => {
    expect(pollInterval([g({}), g({ phase: "active", saved: null })], now)).toBe(ACTIVE_POLL_MS);
    expect(pollInterval([g({}), g({ phase: "failed", saved: null })], now)).toBe(false);
    expect(pollInterval([], now)).toBe(false);
  });

  it("keeps looking while a finished video is still being copied: soon at first, then rarely", () => {
    const justNow = new Date(now - 5_000).toISOString();
    const longAgo = new Date(now - 10 * 60_000).toISOString();
    expect(pollInterval([g({ saved: "saving", finishedAt: justNow })], now)).toBe(ACTIVE_POLL_MS);
    expect(pollInterval([g({ saved: "saving", finishedAt: longAgo })], now)).toBe(15_000);
    expect(pollInterval([g({ saved: "not_saved", finishedAt: longAgo })], now)).toBe(false);
  });

  it("renews the posters' short-lived URLs before they lapse while the page stays open", () => {
    const withPoster = g({ posterUrl: "/api/files/posters/a.webp?exp=1&sig=x" });
    expect(pollInterval([g({}), withPoster], now)).toBe(FILE_URL_RENEW_MS);
    // A URL lives FILE_URL_SECONDS from its signing: renewed with a quarter of that to spare.
    expect(FILE_URL_RENEW_MS).toBeLessThanOrEqual(FILE_URL_SECONDS * 1000 * 0.75);
  });
});
