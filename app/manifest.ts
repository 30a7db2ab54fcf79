import type { MetadataRoute } from "next";

// Colours of the dark theme in app/globals.css, so the splash screen does not flash white.
const BACKGROUND = "#09090b";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/studio",
    name: "Grok Video Studio",
    short_name: "Studio",
    description:
      "Turn a prompt into a video with Grok Imagine — one shared, phone-friendly studio for your team.",
    start_url: "/studio",
    scope: "/",
    display: "standalone",
    orientation: "any",
    background_color: BACKGROUND,
    theme_color: BACKGROUND,
    categories: ["photo", "productivity"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
