"use client";

import { useEffect, useState, type ComponentProps } from "react";
import { loadSonner } from "./toast";

type SonnerToaster = (typeof import("sonner"))["Toaster"];

/** Sonner's Toaster, fetched once the page is interactive rather than with its first load. */
export function LazyToaster(props: ComponentProps<SonnerToaster>) {
  const [Toaster, setToaster] = useState<SonnerToaster | null>(null);
  useEffect(() => {
    let live = true;
    void loadSonner().then((module) => live && setToaster(() => module.Toaster));
    return () => {
      live = false;
    };
  }, []);
  return Toaster ? <Toaster {...props} /> : null;
}
