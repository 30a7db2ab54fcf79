import "server-only";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/workspaces/permissions";
import { requireWorkspace, type GuardContext } from "./guard";

/** For pages: the guard, with "not signed in" turned into a redirect to the sign-in page. */
export async function requirePageContext(permission: Permission = "generations.read"): Promise<GuardContext> {
  try {
    return await requireWorkspace(permission);
  } catch (error) {
    if (isAppError(error) && error.code === "unauthorized") redirect("/sign-in");
    throw error;
  }
}
