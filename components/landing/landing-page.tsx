import Link from "next/link";
import { CallToAction } from "./call-to-action";
import { DemoNotice } from "./demo-notice";
import { FeatureList } from "./feature-list";
import { LandingHeader } from "./landing-header";
import { SampleReel } from "./sample-reel";

interface LandingPageProps {
  demoMode: boolean;
  /** Why "Try the demo" came back here, if it did, and how long to wait in words. */
  notice: { reason: string | undefined; wait: string };
}

/** What a signed-out visitor sees at `/`: what the product does, real output, and the way in. */
export function LandingPage({ demoMode, notice }: LandingPageProps) {
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
            <p className="text-sm font-medium text-primary">Grok Imagine, through Ace Data Cloud</p>
            <h1 id="pitch-title" className="text-3xl font-semibold tracking-tight text-balance sm:text-5xl">
              Type a prompt. Get a video.
            </h1>
            <p className="text-base text-muted-foreground sm:text-lg">
              Describe a scene, add reference images if you want, and Grok Imagine turns it into a short
              video. Your team works in one shared gallery, and every generation is kept safe in PostgreSQL.
            </p>
            <DemoNotice reason={notice.reason} wait={notice.wait} />
            <CallToAction demoMode={demoMode} />
          </div>
          <SampleReel />
        </section>
        <FeatureList />
      </main>
      <footer className="border-t border-border">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-6 text-sm text-muted-foreground sm:px-6">
          <span>Grok Video Studio</span>
          <Link href="/sign-in" className="underline underline-offset-4 hover:text-foreground">
            Sign in
          </Link>
          <Link href="/sign-up" className="underline underline-offset-4 hover:text-foreground">
            Create an account
          </Link>
        </div>
      </footer>
    </div>
  );
}
