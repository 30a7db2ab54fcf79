import Link from "next/link";
import type { PasswordResetLinkStatus } from "@/lib/auth/password-reset-status";
import { buttonVariants } from "@/components/ui/button";

const explanations: Record<Exclude<PasswordResetLinkStatus, "usable">, string> = {
  expired: "This link has expired: reset links work for one hour.",
  used: "This link was already used, or a newer link replaced it.",
  unknown: "This link is not valid. Check that you opened the whole link from the mail.",
};

/** Why a reset link cannot be used, and the way to a new one. */
export function ResetLinkProblem({ status }: { status: Exclude<PasswordResetLinkStatus, "usable"> }) {
  return (
    <div className="grid gap-4">
      <p role="alert" data-testid="reset-link-problem" className="text-sm">
        {explanations[status]}
      </p>
      <Link href="/forgot-password" className={buttonVariants({ className: "w-full" })}>
        Ask for a new link
      </Link>
    </div>
  );
}
