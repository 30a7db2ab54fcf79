import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

/** The name teammates see on cards, comments and the activity. */
export async function renameUser(db: PrismaClient, input: { userId: string; name: string }) {
  const user = await db.user.update({
    where: { id: input.userId },
    data: { name: input.name },
    select: { name: true },
  });
  return { name: user.name };
}
