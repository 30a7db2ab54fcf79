import { AlertCircle } from "lucide-react";
import type { FormState } from "@/lib/actions/form-result";

export function FormAlert({ state }: { state: FormState }) {
  if (state.status !== "error") return null;
  return (
    <div
      role="alert"
      data-testid="form-error"
      className="flex items-start gap-2 rounded-lg border border-danger/40 bg-danger/10 p-3 text-sm text-danger"
    >
      <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>{state.message}</span>
    </div>
  );
}
