import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviderIds } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { findInvite } from "@/lib/workspaces/invites/find-invite";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const token = (await searchParams).invite;
  const invite = typeof token === "string" && token.length <= 200 ? await findInvite(db, token) : null;
  const joining = invite?.status === "pending" ? invite : null;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">
        {joining ? `Join ${joining.workspaceName}` : "Create your studio"}
      </h1>
      <p className="mb-6 text-sm text-muted-foreground">
        {joining
          ? `${joining.inviterName} invited you as ${joining.role === "admin" ? "an" : "a"} ${joining.role}. You also get a studio of your own.`
          : "Your own workspace is ready the moment you sign up."}
      </p>
      <SignUpForm
        invite={joining && typeof token === "string" ? { token, email: joining.email } : undefined}
      />
      {joining ? null : <OAuthButtons providers={oauthProviderIds()} />}
    </>
  );
}
