import { expect, type Page } from "@playwright/test";
import type { TestUser } from "../fixtures";

/** Page object for the sign-up and sign-in screens and the account menu. */
export class AuthPages {
  constructor(private readonly page: Page) {}

  async signUp(user: TestUser) {
    await this.page.goto("/sign-up");
    await this.page.getByLabel("Name").fill(user.name);
    await this.page.getByLabel("Email").fill(user.email);
    await this.page.getByLabel("Password").fill(user.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  async signIn(email: string, password: string) {
    await this.page.goto("/sign-in");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async requestPasswordReset(email: string) {
    await this.page.goto("/sign-in");
    await this.page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(this.page).toHaveURL(/\/forgot-password$/);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByRole("button", { name: "Send me a link" }).click();
  }

  /** On a /reset-password/… page: types the new password twice and saves it. */
  async chooseNewPassword(password: string, confirm = password) {
    await this.page.getByLabel("New password", { exact: true }).fill(password);
    await this.page.getByLabel("Confirm new password").fill(confirm);
    await this.page.getByRole("button", { name: "Set new password" }).click();
  }

  async openUserMenu() {
    await this.page.getByTestId("user-menu").click();
  }

  async signOut() {
    await this.openUserMenu();
    await this.page.getByTestId("sign-out").click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  async expectInStudio(workspaceName: string) {
    await expect(this.page).toHaveURL(/\/studio/);
    await expect(this.page.getByTestId("workspace-name")).toHaveText(workspaceName);
  }
}
