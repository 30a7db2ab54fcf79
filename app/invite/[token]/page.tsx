import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/auth/client-ip";
import { currentSession } from "@/lib/auth/session";
import { describeWait } from "@/lib/security/throttle-policy";
import { findInviteGuarded } from "@/lib/workspaces/invites/find-invite";
import { INVITE_REFUSALS } from "@/lib/workspaces/invites/invite-status";
import { CenteredCard } from "@/components/auth/centered-card";
import { AcceptInviteButton } from "@/components/team/accept-invite-button";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Join a team", robots: { index: false } };

/**
 * Where an invite link lands, signed in or not: who invited you, to what, as what; then join
 * (signed in), or sign up / sign in first and come back here.
 */
export default async function InvitePage({ params, searchParams }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  // Back from signing in through this invite: join at once, as the person asked.
  const joinNow = (await searchParams).join === "1";
  const ip = clientIp(await headers());
  const [found, session] = await Promise.all([findInviteGuarded(db, token, ip), currentSession()]);
  const invite = found.kind === "found" ? found.invite : null;
  const here = `/invite/${encodeURIComponent(token)}`;

  if (!invite || invite.status !== "pending") {
    return (
      <CenteredCard>
        <h1 className="mb-2 text-xl font-semibold">This invite cannot be used</h1>
        <p className="text-sm text-muted-foreground" data-testid="invite-refusal">
          {found.kind === "throttled"
            ? `Too many invite links that do not exist were opened from your network. Try again in ${describeWait(found.retryAfterSeconds)}.`
            : invite && invite.status !== "pending"
              ? INVITE_REFUSALS[invite.status]
              : "This invite link is not valid. Check that you copied all of it."}
        </p>
        <Link
          href={session ? "/studio" : "/sign-in"}
          className={cn(buttonVariants({ variant: "outline" }), "mt-6 w-full")}
        >
          {session ? "Go to your studio" : "Sign in"}
        </Link>
      </CenteredCard>
    );
  }

  const wrongAccount = session && invite.email && invite.email !== session.email.toLowerCase();
  const signUp = `/sign-up?invite=${encodeURIComponent(token)}${invite.email ? `&email=${encodeURIComponent(invite.email)}` : ""}`;
  return (
    <CenteredCard>
      <h1 className="mb-1 text-xl font-semibold">Join {invite.workspaceName}</h1>
      <p className="mb-6 text-sm text-muted-foreground" data-testid="invite-summary">
        {invite.inviterName} invited {invite.email ?? "you"} to work in {invite.workspaceName} as{" "}
        {invite.role === "admin" ? "an" : "a"} {invite.role}.
      </p>
      {wrongAccount ? (
        <p role="alert" className="text-sm text-danger" data-testid="invite-wrong-account">
          This invite is for {invite.email}, and you are signed in as {session.email}. Sign out, then open the
          link again and sign in with that address.
        </p>
      ) : session ? (
        <AcceptInviteButton token={token} workspaceName={invite.workspaceName} auto={joinNow} />
      ) : (
        <div className="grid gap-3">
          <Link href={signUp} data-testid="invite-sign-up" className={buttonVariants()}>
            Create an account and join
          </Link>
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(`${here}?join=1`)}`}
            data-testid="invite-sign-in"
            className={buttonVariants({ variant: "outline" })}
          >
            I have an account: sign in
          </Link>
        </div>
      )}
    </CenteredCard>
  );
}
