import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/session";
import { CenteredCard } from "@/components/auth/centered-card";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Already signed in (with a session that is still valid): straight to the studio.
  if (await currentSession()) redirect("/studio");
  return <CenteredCard>{children}</CenteredCard>;
}
