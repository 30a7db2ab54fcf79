import { Clapperboard } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";

export function LandingHeader() {
  const t = useTranslations();
  return (
    <header className="mx-auto flex h-16 w-full max-w-6xl items-center gap-2 px-4 pt-[env(safe-area-inset-top)] sm:px-6">
      <Link href="/" className="flex items-center gap-2 font-semibold">
        <Clapperboard aria-hidden className="size-6 text-primary" />
        {t("common.product")}
      </Link>
      <nav aria-label={t("landing.accountNav")} className="ml-auto flex items-center gap-1">
        <Link href="/sign-in" className={buttonVariants({ variant: "ghost", size: "sm" })}>
          {t("common.signIn")}
        </Link>
        <Link href="/sign-up" className={buttonVariants({ variant: "outline", size: "sm" })}>
          {t("common.signUp")}
        </Link>
      </nav>
    </header>
  );
}
