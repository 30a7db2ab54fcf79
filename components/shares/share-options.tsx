import type { SHARE_EXPIRIES, ShareExpiry } from "@/lib/shares/share-limits";
import { cn } from "@/lib/utils";

/** The expiry as one row of large choices. */
export function ExpiryChoice({
  expiresIn,
  onExpiresIn,
  expiries,
}: {
  expiresIn: ShareExpiry;
  onExpiresIn: (value: ShareExpiry) => void;
  expiries: typeof SHARE_EXPIRIES;
}) {
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">Link stops working</legend>
      <div className="grid grid-cols-4 gap-1 rounded-lg bg-muted p-1">
        {(Object.keys(expiries) as ShareExpiry[]).map((key) => (
          <label
            key={key}
            className={cn(
              "grid min-h-10 cursor-pointer place-items-center rounded-md px-1 text-center text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
              expiresIn === key ? "bg-card font-medium shadow-sm" : "text-muted-foreground",
            )}
          >
            <input
              type="radio"
              name="expiresIn"
              value={key}
              checked={expiresIn === key}
              onChange={() => onExpiresIn(key)}
              className="sr-only"
              data-testid={`share-expiry-${key}`}
            />
            {expiries[key].label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** What the page offers besides the video. */
export function ShareSwitches() {
  return (
    <div className="grid gap-2">
      <Check name="allowDownload" label="Allow download" testId="share-allow-download" />
      <Check
        name="showPrompt"
        label="Show the prompt and settings, with “Make one like this”"
        testId="share-show-prompt"
      />
      <Check
        name="allowComments"
        label="Let anyone with the link comment, giving a name (the team sees it, marked as a guest)"
        testId="share-allow-comments"
      />
      <Check name="allowApproval" label="…and approve or request changes" testId="share-allow-approval" />
    </div>
  );
}

function Check({ name, label, testId }: { name: string; label: string; testId: string }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
      <input type="checkbox" name={name} className="size-5 accent-[var(--primary)]" data-testid={testId} />
      {label}
    </label>
  );
}
