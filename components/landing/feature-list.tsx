import { Database, ImagePlus, PiggyBank, Users } from "lucide-react";
import { useTranslations } from "next-intl";

const FEATURES = [
  { icon: ImagePlus, title: "featurePromptTitle", text: "featurePromptText" },
  { icon: Users, title: "featureTeamTitle", text: "featureTeamText" },
  { icon: Database, title: "featureSafeTitle", text: "featureSafeText" },
  { icon: PiggyBank, title: "featureDemoTitle", text: "featureDemoText" },
] as const;

export function FeatureList() {
  const t = useTranslations("landing");
  return (
    <section aria-labelledby="features-title" className="grid gap-6">
      <h2 id="features-title" className="text-xl font-semibold sm:text-2xl">
        {t("featuresTitle")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {FEATURES.map(({ icon: Icon, title, text }) => (
          <li key={title} className="rounded-2xl border border-border bg-card p-5">
            <Icon aria-hidden className="mb-3 size-6 text-primary" />
            <h3 className="mb-1 font-medium">{t(title)}</h3>
            <p className="text-sm text-muted-foreground">{t(text)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
