import { useTranslations } from "next-intl";
import { oauthSignInAction } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";

/** Brand names, the same in every language. */
const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

/** Shown only when a provider's credentials are configured (AUTH_GITHUB_ID, AUTH_GOOGLE_ID, …). */
export function OAuthButtons({ providers, next = "/studio" }: { providers: string[]; next?: string }) {
  const t = useTranslations("auth");
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 grid gap-2 border-t border-border pt-6">
      {providers.map((id) => (
        <form key={id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={id} />
          <input type="hidden" name="callbackUrl" value={next} />
          <Button type="submit" variant="outline" className="w-full">
            {t("continueWith", { provider: PROVIDER_NAMES[id] ?? id })}
          </Button>
        </form>
      ))}
    </div>
  );
}
