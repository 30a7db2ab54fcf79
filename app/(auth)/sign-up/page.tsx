import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviderIds } from "@/lib/auth/auth";

export const metadata: Metadata = { title: "Create your account" };

export default function SignUpPage() {
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your studio</h1>
      <p className="mb-6 text-sm text-muted-foreground">
        Your own workspace is ready the moment you sign up.
      </p>
      <SignUpForm />
      <OAuthButtons providers={oauthProviderIds()} />
    </>
  );
}
