import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./escape";

describe("share page HTML", () => {
  it("escapes every interpolated value, in text and in attributes", () => {
    const prompt = `"><script>alert('x')</script>&`;
    const out = html`<p title="${prompt}">${prompt}</p>`.value;
    expect(out).not.toContain("<script>");
    expect(out).toBe(
      `<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>`,
    );
  });

  it("nests fragments without escaping them twice, and drops empty parts", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(
      html`<ul>
        ${items}${null}${false}
      </ul>`.value,
    ).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
    expect(escapeHtml(42)).toBe("42");
  });
});
