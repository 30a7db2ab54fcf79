"use client";

import { X } from "lucide-react";
import { Dialog as D } from "radix-ui";

/** A small modal with a title, a description and a close button; Radix handles focus and Escape. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  testId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <D.Content
          data-testid={testId}
          className="fixed left-1/2 top-1/2 z-50 grid w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 gap-4 rounded-2xl border border-border bg-card p-5 shadow-xl"
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div className="flex items-start justify-between gap-3">
            <D.Title className="text-lg font-semibold">{title}</D.Title>
            <D.Close
              aria-label="Close"
              className="-m-2 grid size-11 place-items-center rounded-lg hover:bg-muted"
            >
              <X aria-hidden className="size-4" />
            </D.Close>
          </div>
          {description ? (
            <D.Description className="text-sm text-muted-foreground">{description}</D.Description>
          ) : null}
          {children}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
