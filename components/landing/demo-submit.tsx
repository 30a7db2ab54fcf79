"use client";

import { Loader2, Play } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** The one piece of client script on the landing page: feedback while the demo account is made. */
export function DemoSubmit() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" disabled={pending} data-testid="try-demo" className="w-full sm:w-auto">
      {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Play aria-hidden />}
      {pending ? "Opening your demo studio…" : "Try the demo"}
    </Button>
  );
}
