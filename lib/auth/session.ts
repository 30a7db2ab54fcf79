import "server-only";
import { cache } from "react";
import { auth } from "./auth";

/** The signed-in user's id and display fields, or null. Deduplicated per request. */
export const currentSession = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return { userId: id, email: session.user?.email ?? "", name: session.user?.name ?? null };
});
