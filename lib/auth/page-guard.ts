import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/workspaces/permissions";
import { requireWorkspace, type GuardContext } from "./guard";

/**
 * For pages: the guard, with "not signed in" turned into a redirect to the sign-in page, and a
 * workspace the caller is not in (a stale or forged `x-workspace-id`) into the 404 page, as routes
 * answer 404: never a server error, and nothing said about whether that workspace exists.
 */
export async function requirePageContext(permission: Permission = "generations.read"): Promise<GuardContext> {
  try {
    return await requireWorkspace(permission);
  } catch (error) {
    if (isAppError(error) && error.code === "unauthorized") redirect("/sign-in");
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
