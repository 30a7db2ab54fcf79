import { describe, expect, it } from "vitest";
import type { OpenedShare } from "../open-share-link";
import { closedPage, passwordPage } from "./notice-pages";
import { sharePage } from "./share-page";
import { shareWords } from "./share-words";

const english = shareWords("en");

const hostile = `A cat </title><script>alert(1)</script> "quoted" & more`;
const share = (over: Partial<OpenedShare> = {}): OpenedShare => ({
  id: "link1",
  title: null,
  allowDownload: false,
  showPrompt: true,
  allowComments: false,
  allowApproval: false,
  hasPassword: false,
  itemCount: 2,
  videos: [0, 1].map((position) => ({
    position,
    prompt: position === 0 ? hostile : "A second clip",
    model: "grok-imagine-video",
    aspectRatio: "9:16",
    resolution: "720p",
    durationSec: 6,
    storageKey: `videos/v${position}.mp4`,
    posterKey: `posters/p${position}.webp`,
    width: 720,
    height: 1280,
  })),
  ...over,
});
const token = "AbCdEfGhIjKlMnOpQrStUvWx";
const render = (over?: Partial<OpenedShare>) =>
  sharePage({
    share: share(over),
    origin: "https://studio.example",
    token,
    nonce: "bm9uY2U=",
    words: english,
  });

describe("the share page", () => {
  it("escapes the prompt everywhere it appears; the only script is the nonce'd player", () => {
    const page = render();
    expect(page).not.toContain("<script>alert");
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('<script nonce="bm9uY2U=">');
    expect(page).toContain(
      "A cat &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more",
    );
  });

  it("gives a reel one video element each, only the first loading and playing at once", () => {
    const page = render();
    const videos = page.match(/<video [^>]*>/g)!;
    expect(videos).toHaveLength(2);
    expect(videos[0]).toMatch(/autoplay preload="auto" muted playsinline controls/);
    expect(videos[0]).not.toContain("loop");
    expect(videos[1]).toMatch(/preload="none" muted playsinline controls/);
    expect(videos[1]).not.toContain("autoplay");
    expect(page).toContain(`src="/s/${token}/1/video.mp4" poster="/s/${token}/1/poster.jpg"`);
  });

  it("preview tags point at the token routes with absolute URLs, sizes and types", () => {
    const page = render({ videos: share().videos.slice(0, 1), itemCount: 1 });
    const base = `https://studio.example/s/${token}`;
    for (const tag of [
      `<meta property="og:url" content="${base}" />`,
      `<meta property="og:image" content="${base}/0/poster.jpg" />`,
      `<meta property="og:image:type" content="image/jpeg" />`,
      `<meta property="og:image:width" content="640" />`,
      `<meta property="og:image:height" content="1138" />`,
      `<meta property="og:video" content="${base}/0/video.mp4" />`,
      `<meta property="og:video:type" content="video/mp4" />`,
      `<meta property="og:video:width" content="720" />`,
      `<meta name="twitter:card" content="player" />`,
      `<meta name="twitter:player" content="${base}/embed" />`,
      `<meta name="twitter:player:stream:content_type" content="video/mp4" />`,
    ])
      expect(page).toContain(tag);
    expect(page).toMatch(/<video [^>]*loop/);
  });

  it("keeps the prompt off the page, its previews and file names when the sharer hides it", () => {
    const page = render({ showPrompt: false, allowDownload: true, title: "For the client" });
    expect(page).not.toContain("A cat");
    expect(page).not.toContain("A second clip");
    expect(page).not.toContain("make-one-like-this");
    expect(page).toContain('download="for-the-client-1.mp4"');
    expect(page).toContain('<meta property="og:title" content="For the client" />');
  });

  it("a guest's comment on a film names the shot of its moment, escaped like everything else", () => {
    const page = sharePage({
      share: share({ allowComments: true, videos: share().videos.slice(0, 1), itemCount: 1 }),
      origin: "https://studio.example",
      token,
      nonce: "bm9uY2U=",
      words: english,
      reviews: new Map([
        [
          0,
          {
            comments: [
              { name: "Claire", atSeconds: 7.2, shot: "Shot <2>", body: "Cut here", createdAt: "" },
              { name: "Ben", atSeconds: null, shot: null, body: "Lovely", createdAt: "" },
            ],
            verdict: null,
          },
        ],
      ]),
    });
    expect(page).toContain('<span class="at">0:07 · Shot &lt;2&gt;</span>');
    expect(page.match(/class="at"/g)).toHaveLength(1);
  });

  it("refusal and password pages say what happened without any media", () => {
    expect(closedPage("revoked", english)).toContain("This link was turned off");
    const form = passwordPage({
      token,
      title: `Cut <3>`,
      error: "That password is not right.",
      words: english,
    });
    expect(form).toContain('<form method="post" action="/s/AbCdEfGhIjKlMnOpQrStUvWx">');
    expect(form).toContain("Cut &lt;3&gt;");
    expect(form).not.toMatch(/og:(image|video)|twitter:player/);
  });

  it("reads in the guest's language: Russian and Chinese pages, with <html lang> and plural counts", () => {
    const shared = share({ allowDownload: true, allowComments: true, allowApproval: true });
    const page = (locale: "ru" | "zh") =>
      sharePage({
        share: shared,
        origin: "https://studio.example",
        token,
        nonce: "bm9uY2U=",
        words: shareWords(locale),
      });
    const ru = page("ru");
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain("2 видео подряд");
    expect(ru).toContain('aria-label="Видео 1 из 2"');
    expect(ru).toContain(">Скачать</a");
    expect(ru).toContain("Отзыв для команды");
    expect(ru).toContain("6 с");
    expect(ru).not.toMatch(/Download|Feedback for the team|Tap for sound/);
    const zh = page("zh");
    expect(zh).toContain('<html lang="zh-Hans">');
    expect(zh).toContain("共 2 段视频，依次播放");
    expect(zh).toContain("由 Grok Video Studio 制作");
    expect(closedPage("expired", shareWords("ru"))).toContain("Срок действия ссылки истёк");
  });
});
