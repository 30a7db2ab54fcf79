import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LandingPage } from "@/components/landing/landing-page";
import { currentSession } from "@/lib/auth/session";
import { describeWait } from "@/lib/security/throttle-policy";
import { isDemoMode } from "@/lib/config/env";

export const metadata: Metadata = {
  title: { absolute: "Grok Video Studio: turn a prompt into a video with Grok Imagine" },
};

/** Signed in: the studio. Signed out: what the product is, and the way in. */
export default async function Home({ searchParams }: PageProps<"/">) {
  if (await currentSession()) redirect("/studio");
  const { demo, wait } = await searchParams;
  const seconds = Number(typeof wait === "string" ? wait : NaN);
  return (
    <LandingPage
      demoMode={isDemoMode()}
      notice={{
        reason: typeof demo === "string" ? demo : undefined,
        wait: describeWait(Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3600) : 60),
      }}
    />
  );
}
