import { cn } from "@/lib/utils";
import { avatarColor } from "./avatar-colors";

export function initials(name: string): string {
  const parts = name
    .trim()
    .split(/[\s@._-]+/)
    .filter(Boolean);
  const letters = parts.length > 1 ? parts[0]![0]! + parts[1]![0]! : (parts[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

/** Initials on a per-person colour: no third-party image host for the CSP to allow. */
export function Avatar({ name, seed, className }: { name: string; seed: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "grid size-6 shrink-0 place-items-center rounded-full text-[10px] font-semibold text-white",
        className,
      )}
      style={{ backgroundColor: avatarColor(seed) }}
    >
      {initials(name)}
    </span>
  );
}
