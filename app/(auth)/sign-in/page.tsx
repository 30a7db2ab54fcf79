import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormNotice } from "@/components/auth/form-notice";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviderIds } from "@/lib/auth/auth";
import { signInPurpose } from "@/lib/auth/sign-in-purpose";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, reset, deleted } = await searchParams;
  // Where the person was going and why: said on the page, kept through sign-up and its mail.
  const purpose = signInPurpose(callbackUrl);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{purpose.doing ? "Sign in to continue" : "Welcome back"}</h1>
      <p className="mb-6 text-sm text-muted-foreground" data-testid="sign-in-purpose">
        {purpose.doing
          ? `Sign in to ${purpose.doing}. New here? Create an account: it brings you straight back.`
          : "Sign in to your studio."}
      </p>
      {reset === "done" ? (
        <div className="mb-4">
          <FormNotice message="Your password is changed and every device was signed out. Sign in with the new password." />
        </div>
      ) : null}
      {deleted === "done" ? (
        <div className="mb-4" data-testid="account-deleted">
          <FormNotice message="Your account is deleted, and you are signed out everywhere. Thank you for making videos with us." />
        </div>
      ) : null}
      <SignInForm next={purpose.next} />
      <OAuthButtons providers={oauthProviderIds()} next={purpose.next} />
    </>
  );
}
