import "server-only";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { requireWorkspace, type GuardContext } from "./guard";
import type { Role } from "./roles";

/** For pages: the guard, with "not signed in" turned into a redirect to the sign-in page. */
export async function requirePageContext(minimum: Role = "viewer"): Promise<GuardContext> {
  try {
    return await requireWorkspace(minimum);
  } catch (error) {
    if (isAppError(error) && error.code === "unauthorized") redirect("/sign-in");
    throw error;
  }
}
