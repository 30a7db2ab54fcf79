import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { requireWorkspace, type GuardContext } from "./guard";
import type { Role } from "./roles";

/** For pages: the guard, with "not signed in" turned into a redirect to the sign-in page. */
export async function requirePageContext(minimum: Role = "viewer"): Promise<GuardContext> {
  try {
    return await requireWorkspace(minimum);
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthorized") redirect("/sign-in");
    throw error;
  }
}
