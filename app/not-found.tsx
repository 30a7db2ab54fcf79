import { MapPinOff } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { StatusScreen } from "@/components/landing/status-screen";
import { buttonVariants } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/** Any unknown address. "/" sends a signed-in visitor on to the studio, a signed-out one to the pitch. */
export default function NotFound() {
  return (
    <StatusScreen
      testId="not-found"
      icon={MapPinOff}
      title="This page doesn't exist"
      text="The address may be mistyped, or the page was moved. Your videos are safe."
    >
      <Link href="/" className={buttonVariants({ variant: "primary" })}>
        Go to the start page
      </Link>
      <Link href="/studio" className={buttonVariants({ variant: "outline" })}>
        Open the studio
      </Link>
    </StatusScreen>
  );
}
