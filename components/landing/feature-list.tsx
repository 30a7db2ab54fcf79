import { Database, ImagePlus, PiggyBank, Users } from "lucide-react";

const FEATURES = [
  {
    icon: ImagePlus,
    title: "A prompt, and images if you like",
    text: "Describe the scene, pick the shape, resolution and length, and add reference images to steer it. Grok Imagine makes the video, through Ace Data Cloud.",
  },
  {
    icon: Users,
    title: "One gallery for the whole team",
    text: "Invite teammates as admins, members or viewers. Everyone sees what was made and by whom, with a monthly quota per person.",
  },
  {
    icon: Database,
    title: "Every generation kept safe",
    text: "Each request is written to PostgreSQL before anything is sent, followed until it finishes, and the video is copied into your own storage.",
  },
  {
    icon: PiggyBank,
    title: "Demo mode costs nothing",
    text: "Without a Grok token, a built-in simulator answers like Grok does: the whole workflow, free, to try before you spend.",
  },
] as const;

export function FeatureList() {
  return (
    <section aria-labelledby="features-title" className="grid gap-6">
      <h2 id="features-title" className="text-xl font-semibold sm:text-2xl">
        What the studio does
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {FEATURES.map(({ icon: Icon, title, text }) => (
          <li key={title} className="rounded-2xl border border-border bg-card p-5">
            <Icon aria-hidden className="mb-3 size-6 text-primary" />
            <h3 className="mb-1 font-medium">{title}</h3>
            <p className="text-sm text-muted-foreground">{text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
