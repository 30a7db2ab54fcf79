import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormNotice } from "@/components/auth/form-notice";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviderIds } from "@/lib/auth/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, reset } = await searchParams;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Welcome back</h1>
      <p className="mb-6 text-sm text-muted-foreground">Sign in to your studio.</p>
      {reset === "done" ? (
        <div className="mb-4">
          <FormNotice message="Your password is changed and every device was signed out. Sign in with the new password." />
        </div>
      ) : null}
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      <OAuthButtons providers={oauthProviderIds()} />
    </>
  );
}
