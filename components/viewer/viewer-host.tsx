"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { onOpenViewer } from "./open-viewer";
import { useViewer } from "./use-viewer";

// Not in the studio's first load: fetched the first time a video is opened.
const VideoViewer = dynamic(() => import("./video-viewer"), { ssr: false });

/**
 * Opens the viewer when a card asks, mounts it once `?v=` is first set, and keeps it mounted
 * so it can close gracefully.
 */
export function ViewerHost() {
  const { id, open } = useViewer();
  useEffect(() => onOpenViewer(open), [open]);
  const [wanted, setWanted] = useState(Boolean(id));
  if (id && !wanted) setWanted(true);
  return wanted ? <VideoViewer /> : null;
}
