"use client";

import { toast } from "@/components/ui/toast";

/** Copies and says so; clipboard access fails outside secure contexts and when permission is refused. */
export async function copyWithToast(text: string, success: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    toast.success(success);
    return true;
  } catch {
    toast.error("Could not copy automatically. Select the text and copy it instead.");
    return false;
  }
}
