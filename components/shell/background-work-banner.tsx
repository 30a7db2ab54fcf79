import { TriangleAlert } from "lucide-react";

/**
 * For admins: background work (sending, checking and saving videos) runs in no process. Without it
 * the studio still takes requests, and every one of them would wait forever; someone must know.
 */
export function BackgroundWorkBanner({ lastBeatAt }: { lastBeatAt: Date | null }) {
  const since = lastBeatAt
    ? `since ${lastBeatAt.toISOString().replace("T", " ").slice(0, 16)} UTC`
    : "since this instance started";
  return (
    <div
      role="alert"
      data-testid="background-work-banner"
      className="flex items-start gap-2 border-b border-warning/40 bg-warning/10 px-4 py-2 text-sm sm:px-6"
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <p>
        <span className="font-medium">Background work is not running</span> {since}: new videos are not sent
        to Grok, checked or saved. Start a worker (<code>npm run worker</code>) or an instance without{" "}
        <code>WORKERS=off</code>; <code>/api/ready</code> says what failed.
      </p>
    </div>
  );
}
