import { randomBytes } from "node:crypto";

/** A readable, URL-safe workspace slug with a random suffix so two "Alex" workspaces never collide. */
export function workspaceSlug(name: string): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 32) || "workspace";
  return `${base}-${randomBytes(3).toString("hex")}`;
}
