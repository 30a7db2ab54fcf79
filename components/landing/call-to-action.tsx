import Link from "next/link";
import { tryDemoAction } from "@/lib/actions/demo";
import { buttonVariants } from "@/components/ui/button";
import { DemoSubmit } from "./demo-submit";

/**
 * In demo mode: "Try the demo" (a plain form post to a server action, working before any script
 * loads) and sign-up. With a real Grok token there is no demo: creating an account is the way in.
 */
export function CallToAction({ demoMode }: { demoMode: boolean }) {
  return (
    <div className="grid gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        {demoMode ? (
          <form action={tryDemoAction}>
            <DemoSubmit />
          </form>
        ) : null}
        <Link
          href="/sign-up"
          className={buttonVariants({
            variant: demoMode ? "outline" : "primary",
            size: "lg",
            className: "w-full sm:w-auto",
          })}
        >
          Create an account
        </Link>
      </div>
      <p className="text-sm text-muted-foreground">
        {demoMode
          ? "The demo costs nothing: no Grok token is set on this server, so a built-in simulator answers instead of Grok and nothing is billed. Your demo studio is yours alone."
          : "Generations use this server's Grok token through Ace Data Cloud, within the quota your team sets."}
      </p>
    </div>
  );
}
