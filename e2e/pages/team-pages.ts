import { expect, type Page } from "@playwright/test";

/** Page object for the workspace switcher, the team page and the invite landing page. */
export class TeamPages {
  constructor(private readonly page: Page) {}

  async createTeam(name: string) {
    await this.page.getByTestId("workspace-switcher").click();
    await this.page.getByTestId("create-team").click();
    await this.page.getByLabel("Team name").fill(name);
    await this.page.getByTestId("create-team-submit").click();
    await expect(this.page).toHaveURL(/\/team$/);
    await expect(this.page.getByTestId("workspace-name")).toHaveText(name);
  }

  async invite(email: string, role: "viewer" | "member" | "admin" = "member") {
    await this.page.getByLabel(/^Email/).fill(email);
    await this.page.getByLabel("Role", { exact: true }).selectOption(role);
    await this.page.getByTestId("send-invite").click();
    await expect(this.page.getByTestId("invite-link-box")).toBeVisible();
    return (await this.page.getByTestId("invite-link").textContent())!.trim();
  }

  member(email: string) {
    return this.page.getByTestId("member-row").and(this.page.locator(`[data-email="${email}"]`));
  }

  /** Remove, accepting the browser's confirmation, and waits for the row to go. */
  async removeMember(email: string) {
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.member(email)
      .getByRole("button", { name: /^Remove / })
      .click();
    await expect(this.member(email)).toHaveCount(0);
  }

  async setRole(email: string, role: "viewer" | "member" | "admin" | "owner") {
    await this.member(email).getByTestId("member-role").selectOption(role);
    await expect(this.member(email)).toHaveAttribute("data-role", role);
  }
}
