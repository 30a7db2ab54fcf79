"use client";

import { Users } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CreateTeamDialog } from "@/components/shell/create-team-dialog";

/** /team in a personal studio: there is nobody to manage, so offer what the person came for. */
export function PersonalStudioNotice() {
  const [open, setOpen] = useState(false);
  return (
    <div className="mx-auto grid max-w-md place-items-center gap-3 rounded-2xl border border-dashed border-border p-8 text-center">
      <Users aria-hidden className="size-8 text-primary" />
      <h1 className="text-lg font-semibold">This is your personal studio</h1>
      <p className="text-sm text-muted-foreground">
        Only you work here. Create a team to share a gallery, invite people and control spending together.
      </p>
      <Button onClick={() => setOpen(true)} data-testid="create-team-cta">
        Create a team
      </Button>
      <CreateTeamDialog open={open} onOpenChange={setOpen} />
    </div>
  );
}
