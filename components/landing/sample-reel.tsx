/**
 * Real output: a clip and stills the app itself made in demo mode (the built-in simulator's video,
 * posters cut by the same ffmpeg step the gallery uses), committed under public/landing/. The
 * poster paints first; the video downloads only when someone presses play (preload="none").
 */
import { useTranslations } from "next-intl";

const STILLS = [
  { src: "/landing/poster-480x848.webp", width: 480, height: 848, alt: "stillTall" },
  { src: "/landing/poster-480x480.webp", width: 480, height: 480, alt: "stillSquare" },
] as const;

export function SampleReel() {
  const t = useTranslations("landing");
  return (
    <figure className="grid gap-3" data-testid="landing-sample">
      <div className="grid grid-cols-[1fr_auto] gap-3">
        <video
          data-testid="landing-video"
          className="aspect-video w-full rounded-2xl border border-border bg-muted object-cover shadow-sm"
          src="/landing/sample-16x9.mp4"
          poster="/landing/poster-848x480.webp"
          width={848}
          height={480}
          preload="none"
          controls
          playsInline
          loop
          aria-label={t("sampleLabel")}
        />
        <div className="hidden w-24 content-start gap-3 sm:grid lg:w-28">
          {STILLS.map((still) => (
            // eslint-disable-next-line @next/next/no-img-element -- two tiny static stills; next/image would add client script
            <img
              key={still.src}
              src={still.src}
              width={still.width}
              height={still.height}
              alt={t(still.alt)}
              loading="lazy"
              decoding="async"
              className="h-auto w-full rounded-xl border border-border bg-muted"
            />
          ))}
        </div>
      </div>
      <figcaption className="text-xs text-muted-foreground">{t("sampleCaption")}</figcaption>
    </figure>
  );
}
