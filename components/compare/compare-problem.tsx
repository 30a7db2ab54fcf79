import { Columns2 } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

/** Why these videos cannot be compared, and the way back to pick others. */
export function CompareProblem({ message }: { message: string }) {
  return (
    <div
      data-testid="compare-problem"
      className="mx-auto grid max-w-md place-items-center gap-3 py-16 text-center"
    >
      <Columns2 aria-hidden className="size-10 text-muted-foreground" />
      <h1 className="text-lg font-semibold">These videos can&apos;t be compared</h1>
      <p role="alert" className="text-sm text-muted-foreground" data-testid="compare-problem-message">
        {message}
      </p>
      <p className="text-sm text-muted-foreground">
        In the studio, press Select, check 2 to 4 finished videos and choose Compare.
      </p>
      <Link href="/studio" className={buttonVariants({ variant: "primary" })}>
        Back to the studio
      </Link>
    </div>
  );
}
