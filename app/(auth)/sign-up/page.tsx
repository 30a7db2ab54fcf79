import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { authWords } from "@/components/auth/auth-words";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviderIds } from "@/lib/auth/auth";
import { signInPurpose } from "@/lib/auth/sign-in-purpose";
import { db } from "@/lib/db/client";
import { findInvite } from "@/lib/workspaces/invites/find-invite";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpMeta") };
}

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { invite: token, callbackUrl } = await searchParams;
  const invite = typeof token === "string" && token.length <= 200 ? await findInvite(db, token) : null;
  const joining = invite?.status === "pending" ? invite : null;
  const purpose = signInPurpose(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <>
      <SignUpForm
        heading={joining ? t("joinWorkspace", { workspace: joining.workspaceName }) : t("createYourStudio")}
        intro={
          joining
            ? t("invitedAs", { inviter: joining.inviterName, role: joining.role })
            : purpose.doing
              ? t("signUpFor", { purpose: purpose.doing })
              : t("signUpIntro")
        }
        invite={joining && typeof token === "string" ? { token, email: joining.email } : undefined}
        next={joining ? undefined : purpose.next}
        words={await authWords(joining ? "/studio" : purpose.next)}
      />
      {joining ? null : <OAuthButtons providers={oauthProviderIds()} next={purpose.next} />}
    </>
  );
}
