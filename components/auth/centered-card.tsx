import { Clapperboard } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * The frame of the sign-in, sign-up and invite pages: the name, then one card. Placed from the top
 * (not centred in the screen): the browser may paint while the HTML still streams in, and a
 * centred card would then move up as its lower half arrives.
 */
export function CenteredCard({ children }: { children: React.ReactNode }) {
  const t = useTranslations("common");
  return (
    <main className="grid min-h-dvh content-start justify-items-center px-4 py-10 sm:pt-[12vh]">
      <div className="w-full max-w-sm">
        <Link href="/" className="mb-8 flex items-center justify-center gap-2 text-lg font-semibold">
          <Clapperboard aria-hidden className="size-6 text-primary" />
          {t("product")}
        </Link>
        <div className="rounded-2xl border border-border bg-card p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
