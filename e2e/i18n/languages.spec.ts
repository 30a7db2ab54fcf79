/**
 * The interface in the visitor's language, on the production build: a browser that asks for
 * Russian or Chinese (`Accept-Language`) reads the signed-out pages in it, and English otherwise.
 */
import type { Browser } from "@playwright/test";
import { expect, test } from "../fixtures";

/** A visitor whose browser asks for `locale` first (Playwright sends it as Accept-Language). */
async function visitor(browser: Browser, locale: string) {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext({ locale, baseURL });
  return { context, page: await context.newPage() };
}

const LANDING = [
  {
    locale: "ru-RU",
    lang: "ru",
    heading: "Опишите сцену — получите видео.",
    demo: "Попробовать демо",
    signIn: "Войти",
    title: /видео из текста/,
  },
  {
    locale: "zh-CN",
    lang: "zh-Hans",
    heading: "写下提示词，得到一段视频。",
    demo: "试用演示",
    signIn: "登录",
    title: /把文字变成视频/,
  },
  {
    locale: "fr-FR",
    lang: "en",
    heading: "Type a prompt. Get a video.",
    demo: "Try the demo",
    signIn: "Sign in",
    title: /turn a prompt into a video/,
  },
];

for (const expected of LANDING) {
  test(`a browser asking for ${expected.locale} reads the landing page in ${expected.lang}`, async ({
    browser,
  }) => {
    const { context, page } = await visitor(browser, expected.locale);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", expected.lang);
    await expect(page).toHaveTitle(expected.title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.heading);
    await expect(page.getByTestId("try-demo")).toHaveText(expected.demo);
    await expect(page.getByRole("link", { name: expected.signIn }).first()).toBeVisible();
    await context.close();
  });
}
