import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authWords } from "@/components/auth/auth-words";
import { FormNotice } from "@/components/auth/form-notice";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviderIds } from "@/lib/auth/auth";
import { signInPurpose } from "@/lib/auth/sign-in-purpose";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInMeta") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, reset, deleted } = await searchParams;
  // Where the person was going and why: said on the page, kept through sign-up and its mail.
  const purpose = signInPurpose(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">
        {purpose.doing ? t("signInToContinue") : t("welcomeBack")}
      </h1>
      <p className="mb-6 text-sm text-muted-foreground" data-testid="sign-in-purpose">
        {purpose.doing ? t("signInFor", { purpose: purpose.doing }) : t("signInIntro")}
      </p>
      {reset === "done" ? (
        <div className="mb-4">
          <FormNotice message={t("passwordChanged")} />
        </div>
      ) : null}
      {deleted === "done" ? (
        <div className="mb-4" data-testid="account-deleted">
          <FormNotice message={t("accountDeleted")} />
        </div>
      ) : null}
      <SignInForm next={purpose.next} words={await authWords(purpose.next)} />
      <OAuthButtons providers={oauthProviderIds()} next={purpose.next} />
    </>
  );
}
