"use client";

import dynamic from "next/dynamic";

/**
 * The share dialog, fetched when it is first opened: its form schema (zod) and dialog stay out of
 * the first load of the studio and the video page, where most visits never share.
 */
export const LazyShareDialog = dynamic(() => import("./share-dialog").then((m) => m.ShareDialog), {
  ssr: false,
});
