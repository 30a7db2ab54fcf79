"use client";

import { Loader2, Play } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/**
 * The one piece of client script on the landing page: feedback while the demo account is made.
 * Its words come from the server, already in the page's language (no catalogue in the browser).
 */
export function DemoSubmit({ idle, pending: pendingLabel }: { idle: string; pending: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" disabled={pending} data-testid="try-demo" className="w-full sm:w-auto">
      {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Play aria-hidden />}
      {pending ? pendingLabel : idle}
    </Button>
  );
}
