"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { acceptInviteAction } from "@/lib/actions/invite-actions";
import { Button } from "@/components/ui/button";

/** Joins the team; `auto` joins on arrival (back from signing in through the invite). */
export function AcceptInviteButton({
  token,
  workspaceName,
  auto = false,
}: {
  token: string;
  workspaceName: string;
  auto?: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const join = () =>
    startTransition(async () => {
      const result = await acceptInviteAction({ token });
      if (!result.ok) return setError(result.message);
      router.replace("/studio");
      router.refresh();
    });
  const started = useRef(false);
  useEffect(() => {
    if (!auto || started.current) return;
    started.current = true;
    join();
    // Once, on arrival; `join` is stable enough for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [auto]);
  return (
    <div className="grid gap-3">
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <Button disabled={pending} data-testid="accept-invite" onClick={join}>
        {pending ? "Joining…" : `Join ${workspaceName}`}
      </Button>
    </div>
  );
}
