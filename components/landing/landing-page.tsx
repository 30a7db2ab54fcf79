import Link from "next/link";
import { useTranslations } from "next-intl";
import { CallToAction } from "./call-to-action";
import { DemoNotice } from "./demo-notice";
import { FeatureList } from "./feature-list";
import { LandingHeader } from "./landing-header";
import { SampleReel } from "./sample-reel";

interface LandingPageProps {
  demoMode: boolean;
  /** Why "Try the demo" came back here, if it did, and how long to wait. */
  notice: { reason: string | undefined; waitSeconds: number };
}

/** What a signed-out visitor sees at `/`: what the product does, real output, and the way in. */
export function LandingPage({ demoMode, notice }: LandingPageProps) {
  const t = useTranslations();
  return (
    <div className="flex min-h-dvh flex-col">
      <LandingHeader />
      {/* content-start: the browser may paint while the HTML still streams in; rows stretched to
          fill the screen would then sit lower and jump up when the rest arrives (CLS 0.037). */}
      <main className="mx-auto grid w-full max-w-6xl flex-1 content-start gap-14 px-4 pb-16 pt-6 sm:px-6 sm:pt-12">
        <section
          aria-labelledby="pitch-title"
          className="grid items-start gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:gap-12"
        >
          <div className="grid gap-5">
            <p className="text-sm font-medium text-primary">{t("landing.eyebrow")}</p>
            <h1 id="pitch-title" className="text-3xl font-semibold tracking-tight text-balance sm:text-5xl">
              {t("landing.title")}
            </h1>
            <p className="text-base text-muted-foreground sm:text-lg">{t("landing.pitch")}</p>
            <DemoNotice reason={notice.reason} waitSeconds={notice.waitSeconds} />
            <CallToAction demoMode={demoMode} />
          </div>
          <SampleReel />
        </section>
        <FeatureList />
      </main>
      <footer className="border-t border-border">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-6 text-sm text-muted-foreground sm:px-6">
          <span>{t("common.product")}</span>
          <Link href="/sign-in" className="underline underline-offset-4 hover:text-foreground">
            {t("common.signIn")}
          </Link>
          <Link href="/sign-up" className="underline underline-offset-4 hover:text-foreground">
            {t("common.createAccount")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
