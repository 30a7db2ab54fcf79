import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { workspaceSlug } from "./slug";

export function personalWorkspaceName(name: string | null | undefined, email: string): string {
  const who = name?.trim() || email.split("@")[0] || "My";
  return `${who}'s studio`;
}

/** Creates a user's personal workspace with them as owner. Call inside the caller's transaction. */
export async function createPersonalWorkspace(
  tx: Prisma.TransactionClient,
  user: { id: string; name: string | null; email: string },
) {
  const name = personalWorkspaceName(user.name, user.email);
  return tx.workspace.create({
    data: {
      name,
      slug: workspaceSlug(name),
      personal: true,
      memberships: { create: { userId: user.id, role: "owner" } },
    },
    select: { id: true, name: true, slug: true },
  });
}
