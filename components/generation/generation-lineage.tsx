import Link from "next/link";
import type { GenerationDetail } from "@/lib/generations/get-generation-detail";
import { shortPrompt } from "./format";

const linkClass =
  "inline-flex min-h-11 items-center rounded-md underline decoration-border underline-offset-4 hover:decoration-current";

/** Where this video came from and what was made from it. */
export function GenerationLineage({ g }: { g: GenerationDetail }) {
  if (!g.remixedFrom && g.remixes.length === 0) return null;
  return (
    <section aria-labelledby="lineage-title" className="grid gap-2 text-sm" data-testid="lineage">
      <h2 id="lineage-title" className="font-semibold">
        Lineage
      </h2>
      {g.remixedFrom ? (
        <p>
          <span className="text-muted-foreground">Remixed from </span>
          <Link href={`/g/${g.remixedFrom.id}`} className={linkClass} data-testid="remixed-from">
            {shortPrompt(g.remixedFrom.prompt)}
          </Link>
        </p>
      ) : null}
      {g.remixes.length ? (
        <div className="grid gap-1">
          <p className="text-muted-foreground">Remixes</p>
          <ul className="grid" data-testid="remixes">
            {g.remixes.map((r) => (
              <li key={r.id}>
                <Link href={`/g/${r.id}`} className={linkClass}>
                  {shortPrompt(r.prompt)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
