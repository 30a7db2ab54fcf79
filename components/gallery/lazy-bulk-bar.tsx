"use client";

import dynamic from "next/dynamic";

/** The selection's action bar, fetched when Select is first pressed: not part of the studio's first load. */
export const LazyBulkBar = dynamic(() => import("./bulk-bar").then((m) => m.BulkBar), { ssr: false });
