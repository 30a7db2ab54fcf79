import { z } from "@/lib/validation/zod";
import { plainText } from "@/lib/validation/text";

export const workspaceNameSchema = plainText("A workspace name cannot contain NUL characters.")
  .trim()
  .normalize("NFKC")
  .min(1, "Give the workspace a name.")
  .max(60, "Keep the name under 60 characters.");

export const workspaceIdSchema = z.string().trim().min(1, "Which workspace?").max(64);
