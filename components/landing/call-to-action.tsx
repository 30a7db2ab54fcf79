import Link from "next/link";
import { useTranslations } from "next-intl";
import { tryDemoAction } from "@/lib/actions/demo";
import { buttonVariants } from "@/components/ui/button";
import { DemoSubmit } from "./demo-submit";

/**
 * In demo mode: "Try the demo" (a plain form post to a server action, working before any script
 * loads) and sign-up. With a real Grok token there is no demo: creating an account is the way in.
 */
export function CallToAction({ demoMode }: { demoMode: boolean }) {
  const t = useTranslations();
  return (
    <div className="grid gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        {demoMode ? (
          <form action={tryDemoAction}>
            <DemoSubmit idle={t("landing.tryDemo")} pending={t("landing.openingDemo")} />
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
          {t("common.createAccount")}
        </Link>
      </div>
      <p className="text-sm text-muted-foreground">
        {demoMode ? t("landing.demoCostsNothing") : t("landing.realToken")}
      </p>
    </div>
  );
}
