import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth-pages";

test.describe("signing up, in and out", () => {
  test("a new user lands in their personal studio, signs out and back in", async ({ page, newUser }) => {
    const auth = new AuthPages(page);
    await auth.signUp(newUser);
    await auth.expectInStudio(`${newUser.name}'s studio`);
    await expect(page.getByTestId("create-panel")).toBeVisible();

    await auth.signOut();
    await page.goto("/studio");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudio/);

    await auth.signIn(newUser.email, "not-the-password");
    await expect(page.getByTestId("form-error")).toHaveText(
      "That email and password do not match an account.",
    );
    await expect(page.getByLabel("Email")).toHaveValue(newUser.email);

    await auth.signIn(newUser.email, newUser.password);
    await auth.expectInStudio(`${newUser.name}'s studio`);
  });

  test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
    const auth = new AuthPages(page);
    await auth.signIn("nobody-here@example.test", "whatever-password");
    await expect(page.getByTestId("form-error")).toHaveText(
      "That email and password do not match an account.",
    );
  });

  test("sign-up explains bad input and keeps what was typed", async ({ page, newUser }) => {
    const auth = new AuthPages(page);
    await auth.signUp({ ...newUser, email: "not-an-email", password: "short" });
    await expect(page.getByTestId("email-error")).toHaveText("Enter a valid email address.");
    await expect(page.getByTestId("password-error")).toHaveText("Use at least 8 characters.");
    await expect(page.getByLabel("Name")).toHaveValue(newUser.name);
  });

  test("signing up twice with one email is refused without a second account", async ({ page, newUser }) => {
    const auth = new AuthPages(page);
    await auth.signUp(newUser);
    await auth.expectInStudio(`${newUser.name}'s studio`);
    await auth.signOut();
    await auth.signUp({ ...newUser, name: "Someone Else" });
    await expect(page.getByTestId("form-error")).toContainText("already exists");
  });

  test("sign out everywhere ends the session on every device", async ({ browser, page, newUser }) => {
    const auth = new AuthPages(page);
    await auth.signUp(newUser);
    await auth.expectInStudio(`${newUser.name}'s studio`);

    const otherDevice = await browser.newContext();
    const otherPage = await otherDevice.newPage();
    const otherAuth = new AuthPages(otherPage);
    await otherAuth.signIn(newUser.email, newUser.password);
    await otherAuth.expectInStudio(`${newUser.name}'s studio`);

    await auth.openUserMenu();
    await page.getByTestId("sign-out-everywhere").click();
    await expect(page).toHaveURL(/\/sign-in/);

    await otherPage.goto("/studio");
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await otherDevice.close();
  });
});

test.describe("protected pages and headers", () => {
  test("signed-out visitors are sent to sign in, and forged proxy headers change nothing", async ({
    page,
  }) => {
    // ("/" is the public landing page: see first-contact.spec.ts.)
    for (const path of ["/studio", "/team"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
    }
    const forged = await page.request.get("/studio", {
      headers: {
        "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
        RSC: "1",
        "next-router-prefetch": "1",
      },
      maxRedirects: 0,
    });
    expect(await forged.text()).not.toContain("workspace-name");
  });

  test("responses carry the security headers", async ({ page }) => {
    const response = await page.goto("/sign-in");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    expect(headers["strict-transport-security"]).toContain("max-age=");
  });
});
