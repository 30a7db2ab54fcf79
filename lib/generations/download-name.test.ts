import { describe, expect, it } from "vitest";
import { downloadFileName } from "./download-name";

describe("downloadFileName", () => {
  it("slugs the first eight words and adds the id's last four characters", () => {
    expect(
      downloadFileName("A lighthouse in a storm, waves crashing over the rocks at night", "cmb1x2y3zk3j9"),
    ).toBe("a-lighthouse-in-a-storm-waves-crashing-over-k3j9.mp4");
  });

  it("keeps only ASCII letters and digits, folding accents", () => {
    expect(downloadFileName("Café crème — 4K “drone” shot!!", "abcdWXYZ")).toBe(
      "cafe-creme-4k-drone-shot-wxyz.mp4",
    );
  });

  it("caps the slug at 60 characters on a word boundary", () => {
    const name = downloadFileName(`${"panorama ".repeat(3)}${"x".repeat(50)}`, "id12");
    const slug = name.replace(/-id12\.mp4$/, "");
    expect(slug).toBe("panorama-panorama-panorama");
    const long = downloadFileName("y".repeat(200), "id12");
    expect(long).toBe(`${"y".repeat(60)}-id12.mp4`);
  });

  it("falls back to grok-video when nothing usable is left", () => {
    expect(downloadFileName("  🎬 ✨ 日本の夜  ", "c0ffee")).toBe("grok-video-ffee.mp4");
    expect(downloadFileName("", "")).toBe("grok-video.mp4");
  });

  it("never yields path separators, quotes or spaces", () => {
    expect(downloadFileName(`../../etc/passwd "quoted" name\\x`, 'a/b\\c"d')).toMatch(/^[a-z0-9-]+\.mp4$/);
  });
});
