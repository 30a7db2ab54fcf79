import { SearchX } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

export default function GenerationNotFound() {
  return (
    <div
      data-testid="generation-not-found"
      className="mx-auto grid max-w-md place-items-center gap-3 py-16 text-center"
    >
      <SearchX aria-hidden className="size-10 text-muted-foreground" />
      <h1 className="text-lg font-semibold">This video isn&apos;t here</h1>
      <p className="text-sm text-muted-foreground">
        It may have been deleted, or it belongs to a workspace you are not working in right now.
      </p>
      <Link href="/studio" className={buttonVariants({ variant: "primary" })}>
        Back to the studio
      </Link>
    </div>
  );
}
