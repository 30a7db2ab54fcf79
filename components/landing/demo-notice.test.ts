import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en";
import ru from "@/lib/i18n/messages/ru";
import zh from "@/lib/i18n/messages/zh";
import { DemoNotice } from "./demo-notice";

const render = (locale: Locale, messages: typeof en, waitSeconds: number) =>
  renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop -- createElement in a .ts test: next-intl's types want it as a prop
    createElement(NextIntlClientProvider, {
      locale,
      messages,
      timeZone: "UTC",
      children: createElement(DemoNotice, { reason: "busy", waitSeconds }),
    }),
  );

describe("DemoNotice: how long a refused visitor waits, in their language's grammar", () => {
  it("English: seconds under a minute, minutes rounded up above", () => {
    expect(render("en", en, 1)).toContain("Try again in 1 second.");
    expect(render("en", en, 30)).toContain("Try again in 30 seconds.");
    expect(render("en", en, 61)).toContain("Try again in 2 minutes.");
  });

  it("Russian: one, few and many (минуту, минуты, минут)", () => {
    expect(render("ru", ru, 60)).toContain("через 1 минуту.");
    expect(render("ru", ru, 180)).toContain("через 3 минуты.");
    expect(render("ru", ru, 300)).toContain("через 5 минут.");
    expect(render("ru", ru, 21)).toContain("через 21 секунду.");
  });

  it("Chinese: a count and its unit", () => {
    expect(render("zh", zh, 45)).toContain("请在 45 秒后重试");
  });
});
