import "server-only";
import type { z } from "@/lib/validation/zod";
import { issueMessage, serverTranslator } from "@/lib/i18n/server-translator";
import type { FormState } from "./form-result";

/** Turns a zod failure into a form state a person can read, keeping what they typed (never the password). */
export async function invalidForm(error: z.ZodError, values: Record<string, string>): Promise<FormState> {
  const t = await serverTranslator();
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issueMessage(t, issue));
  }
  return { status: "error", message: t("validation.fixFields"), fieldErrors, values };
}
