import type { SharedSettings } from "./remix-shared-video";

/** The studio's URL form of video settings (components/studio/use-create-settings.ts reads it). */
export function studioSettingsQuery(s: SharedSettings): string {
  const query = new URLSearchParams();
  if (s.model) query.set("model", s.model);
  if (s.aspectRatio) query.set("ar", s.aspectRatio);
  if (s.resolution) query.set("res", s.resolution);
  query.set("dur", String(s.durationSec));
  // Opens the create form on arrival (a phone's sheet), once (create-dock.tsx).
  query.set("create", "1");
  return query.toString();
}
