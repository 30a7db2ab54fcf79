import { describe, expect, it } from "vitest";
import { pickLocale } from "./negotiate";

describe("pickLocale", () => {
  it("takes the account's setting over the browser's", () => {
    expect(pickLocale({ account: "en", acceptLanguage: "ru-RU,ru;q=0.9" })).toBe("en");
    expect(pickLocale({ account: "zh", acceptLanguage: "en-US" })).toBe("zh");
  });

  it("follows the browser's best match among ours, in its quality order", () => {
    expect(pickLocale({ acceptLanguage: "ru-RU,ru;q=0.9,en-US;q=0.8" })).toBe("ru");
    expect(pickLocale({ acceptLanguage: "zh-CN,zh;q=0.9" })).toBe("zh");
    expect(pickLocale({ acceptLanguage: "de-DE,de;q=0.9,ru;q=0.5,en;q=0.3" })).toBe("ru");
    expect(pickLocale({ acceptLanguage: "en;q=0.4,zh;q=0.8" })).toBe("zh");
  });

  it("falls back to English for a language we lack, no header, a stale setting or a malformed tag", () => {
    expect(pickLocale({ acceptLanguage: "fr-FR" })).toBe("en");
    expect(pickLocale({})).toBe("en");
    expect(pickLocale({ account: "fr", acceptLanguage: null })).toBe("en");
    expect(pickLocale({ acceptLanguage: "*" })).toBe("en");
    expect(pickLocale({ acceptLanguage: "x-!!,;q=abc" })).toBe("en");
  });
});
