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

test("sign-in answers in Russian: its labels, a missing address and a wrong password", async ({
  browser,
}) => {
  const { context, page } = await visitor(browser, "ru-RU");
  await page.goto("/sign-in");
  await expect(page).toHaveTitle(/^Вход/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("С возвращением");
  // Refused on the server (zod's messages are catalogue keys, translated where the form answers).
  await page.getByLabel("Пароль").fill("whatever-it-is");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Исправьте выделенные поля.");
  await expect(page.getByText("Введите корректный адрес эл. почты.")).toBeVisible();
  await page.getByLabel("Эл. почта").fill("nobody@example.com");
  await page.getByLabel("Пароль").fill("wrong-password-1");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Неверная эл. почта или пароль.", {
    timeout: 30_000,
  });
  await expect(page.getByRole("link", { name: "Создайте аккаунт" })).toHaveAttribute("href", "/sign-up");
  await context.close();
});

test("sign-up answers in Chinese, with the password rule's own number", async ({ browser }) => {
  const { context, page } = await visitor(browser, "zh-CN");
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("创建你的工作室");
  await page.getByLabel("名字").fill("李雷");
  await page.getByLabel("邮箱").fill("li.lei@example.com");
  await page.getByLabel("密码").fill("short");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("至少 8 个字符。")).toBeVisible();
  // What was typed is kept (the password too, as the English form does).
  await expect(page.getByLabel("名字")).toHaveValue("李雷");
  await context.close();
});

test("a Russian browser signs up in Russian; the studio, not translated yet, is served as English", async ({
  browser,
}) => {
  const { context, page } = await visitor(browser, "ru-RU");
  await page.goto("/sign-up");
  const id = Math.random().toString(36).slice(2, 8);
  await page.getByLabel("Имя").fill(`Ольга ${id}`);
  await page.getByLabel("Эл. почта").fill(`olga-${id}@example.test`);
  await page.getByLabel("Пароль").fill(`pw-${id}-long-enough`);
  await page.getByRole("button", { name: "Создать аккаунт" }).click();
  await expect(page).toHaveURL(/\/studio/, { timeout: 60_000 });
  // Its words are English: so is its language, for screen readers and hyphenation.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});
