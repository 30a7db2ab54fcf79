"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { copyNowAction } from "@/lib/actions/generation-actions";
import { inWorkspace } from "@/hooks/request-workspace";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

/** Copies a video into storage now rather than at the next retry; the page shows the outcome. */
export function CopyNowButton({ id }: { id: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const tryNow = () =>
    startTransition(async () => {
      const result = await copyNowAction(inWorkspace({ id }));
      if (!result.ok) return void toast.error(result.message);
      toast.success("Copying it now. This page shows how it went in a moment.");
      router.refresh();
      // A copy takes a few seconds; look again once it has had them.
      setTimeout(() => router.refresh(), 5_000);
    });
  return (
    <Button
      variant="outline"
      size="sm"
      className="min-h-11 justify-self-end sm:min-h-9"
      disabled={pending}
      onClick={tryNow}
      data-testid="copy-now"
    >
      <RotateCcw aria-hidden /> {pending ? "Trying…" : "Try now"}
    </Button>
  );
}
