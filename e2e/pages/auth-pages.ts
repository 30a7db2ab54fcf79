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
