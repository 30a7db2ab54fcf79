import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LandingPage } from "@/components/landing/landing-page";
import { currentSession } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/config/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("landing");
  return { title: { absolute: t("metaTitle") } };
}

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
        waitSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3600) : 60,
      }}
    />
  );
}
