import { oauthSignInAction } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";

const labels: Record<string, string> = { github: "Continue with GitHub", google: "Continue with Google" };

/** Shown only when a provider's credentials are configured (AUTH_GITHUB_ID, AUTH_GOOGLE_ID, …). */
export function OAuthButtons({ providers, next = "/studio" }: { providers: string[]; next?: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 grid gap-2 border-t border-border pt-6">
      {providers.map((id) => (
        <form key={id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={id} />
          <input type="hidden" name="callbackUrl" value={next} />
          <Button type="submit" variant="outline" className="w-full">
            {labels[id] ?? `Continue with ${id}`}
          </Button>
        </form>
      ))}
    </div>
  );
}
