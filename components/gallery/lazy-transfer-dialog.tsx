"use client";

import dynamic from "next/dynamic";

/** The move/copy dialog, fetched when first opened: most visits never move a video. */
export const LazyTransferDialog = dynamic(() => import("./transfer-dialog").then((m) => m.TransferDialog), {
  ssr: false,
});
