import { Clapperboard } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/session";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Already signed in (with a session that is still valid): straight to the studio.
  if (await currentSession()) redirect("/studio");
  return (
    <main className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-sm">
        <Link href="/" className="mb-8 flex items-center justify-center gap-2 text-lg font-semibold">
          <Clapperboard aria-hidden className="size-6 text-primary" />
          Grok Video Studio
        </Link>
        <div className="rounded-2xl border border-border bg-card p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
