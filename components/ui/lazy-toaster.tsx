"use client";

import dynamic from "next/dynamic";
import { loadSonner } from "./toast";

/**
 * Sonner's Toaster, fetched after hydration (the same import as the first toast's), not in the
 * first load.
 */
export const LazyToaster = dynamic(() => loadSonner().then((m) => m.Toaster), { ssr: false });
