import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviderIds } from "@/lib/auth/auth";
import { signInPurpose } from "@/lib/auth/sign-in-purpose";
import { db } from "@/lib/db/client";
import { findInvite } from "@/lib/workspaces/invites/find-invite";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { invite: token, callbackUrl } = await searchParams;
  const invite = typeof token === "string" && token.length <= 200 ? await findInvite(db, token) : null;
  const joining = invite?.status === "pending" ? invite : null;
  const purpose = signInPurpose(callbackUrl);
  return (
    <>
      <SignUpForm
        heading={joining ? `Join ${joining.workspaceName}` : "Create your studio"}
        intro={
          joining
            ? `${joining.inviterName} invited you as ${joining.role === "admin" ? "an" : "a"} ${joining.role}. You also get a studio of your own.`
            : purpose.doing
              ? `Create an account to ${purpose.doing}: you come straight back to it, with a studio of your own.`
              : "Your own workspace is ready the moment you sign up."
        }
        invite={joining && typeof token === "string" ? { token, email: joining.email } : undefined}
        next={joining ? undefined : purpose.next}
      />
      {joining ? null : <OAuthButtons providers={oauthProviderIds()} next={purpose.next} />}
    </>
  );
}
