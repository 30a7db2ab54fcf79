import { htmlLang } from "@/lib/i18n/locales";
import { html, raw, type Html } from "./escape";
import type { ShareWords } from "./share-words";

/**
 * The share pages' whole style: system fonts, the studio's dark palette, one column that fits a
 * 360 px phone and stays readable on a laptop. Inline, so the page is one request before its poster.
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:dark;-webkit-text-size-adjust:100%}
body{margin:0;min-height:100vh;min-height:100dvh;background:#09090b;color:#f4f4f6;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;display:flex;flex-direction:column}
main{width:100%;max-width:760px;margin:0 auto;padding:0 0 24px;flex:1}
header{padding:14px 16px 10px}
h1{font-size:1.125rem;line-height:1.35;margin:0;overflow-wrap:anywhere}
.count{margin:2px 0 0;color:#a1a1ad;font-size:.875rem}
article{margin:0 0 20px}
.clip{position:relative;margin:0 auto;background:#000;width:min(100%,calc(72vh * var(--w) / var(--h)));width:min(100%,calc(72svh * var(--w) / var(--h)));aspect-ratio:var(--w)/var(--h)}
.clip video{position:absolute;inset:0;width:100%;height:100%;object-fit:contain;background:#000}
.sound{position:absolute;left:12px;top:12px;min-height:44px;padding:0 16px;border:0;border-radius:999px;background:rgba(0,0,0,.72);color:#fff;font:inherit;font-size:.9375rem;font-weight:600;cursor:pointer}
.about{padding:12px 16px 0}
.prompt{margin:0 0 10px;white-space:pre-wrap;overflow-wrap:anywhere}
.facts{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px;padding:0;list-style:none}
.facts li{padding:2px 10px;border:1px solid #27272d;border-radius:999px;color:#c4c4cc;font-size:.8125rem}
.actions{display:flex;flex-wrap:wrap;gap:8px}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:0 18px;border:1px solid #3f3f46;border-radius:10px;color:#f4f4f6;background:transparent;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.btn.primary{background:#8b70ff;border-color:#8b70ff;color:#0b0b0f}
.btn:focus-visible,.sound:focus-visible,a:focus-visible,input:focus-visible{outline:2px solid #9b85ff;outline-offset:2px}
.feedback{padding:12px 16px 0;margin:0 0 24px}
.feedback h2{font-size:1rem;margin:0 0 8px}
.feedback form{display:grid;gap:10px}
.feedback label{display:grid;gap:4px;font-size:.875rem;color:#c4c4cc}
.feedback label.check{display:flex;align-items:center;gap:8px;min-height:44px}
.feedback input:not([type]),.feedback input[name=name],.feedback textarea{width:100%;min-height:44px;padding:10px 12px;border:1px solid #3f3f46;border-radius:10px;background:#111114;color:#f4f4f6;font:inherit}
.feedback textarea:focus-visible,.feedback button:focus-visible{outline:2px solid #9b85ff;outline-offset:2px}
.feedback input[type=checkbox]{width:20px;height:20px}
.comments{margin:0 0 12px;padding:0;list-style:none;display:grid;gap:8px}
.comments li{padding:8px 12px;border:1px solid #27272d;border-radius:10px;overflow-wrap:anywhere}
.comments .at{padding:0 6px;border-radius:6px;background:#27272d;font-size:.8125rem;font-variant-numeric:tabular-nums}
.comments .body{display:block;white-space:pre-wrap}
.verdict{margin:0 0 8px;font-weight:600;color:#c9bcff}
.ok{color:#7ee2a8}
.error{color:#ff8b96}
footer{padding:16px;text-align:center;color:#a1a1ad;font-size:.875rem}
footer a,.notice a{color:#c9bcff}
.notice{max-width:420px;margin:0 auto;padding:18vh 20px 24px}
.notice p{color:#c4c4cc}
form{display:grid;gap:10px;margin-top:16px}
label{font-weight:600}
input{height:48px;padding:0 12px;border:1px solid #3f3f46;border-radius:10px;background:#111114;color:#f4f4f6;font:inherit}
.notice .error{color:#ff8a95;margin:0;font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

export function documentHtml(input: {
  /** The page's language: its words, `<html lang>` and the footer. */
  words: ShareWords;
  /** The page's own title; the product's name is added after it. */
  title: string;
  head?: Html;
  body: Html;
  /** The inline script, run with this request's CSP nonce; none when the page needs no script. */
  script?: { nonce: string; code: string };
}): string {
  const { words, head, body, script } = input;
  const title = words.t("siteSuffix", { title: input.title });
  return `<!doctype html>${
    html`<html lang="${htmlLang(words.locale)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <meta name="theme-color" content="#09090b" />
        <title>${title}</title>
        ${head}
        <style>
          ${raw(CSS)}
        </style>
      </head>
      <body>
        ${body}
        <footer><a href="/">${words.t("madeWith")}</a></footer>
        ${
          script
            ? html`<script nonce="${script.nonce}">
                ${raw(script.code)};
              </script>`
            : null
        }
      </body>
    </html>`.value
  }`;
}

export const htmlHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "private, no-store, max-age=0",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  ...extra,
});
