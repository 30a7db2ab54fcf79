import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** Reserves the exact shape of a video before it loads, so the grid never shifts. */
export function AspectBox({
  ratio,
  className,
  children,
}: {
  ratio: string;
  className?: string;
  children: ReactNode;
}) {
  const [w, h] = ratio.split(":").map(Number);
  return (
    <div
      className={cn("relative w-full overflow-hidden bg-muted", className)}
      style={{ aspectRatio: `${w ?? 16} / ${h ?? 9}` }}
    >
      {children}
    </div>
  );
}
