import type { ExternalToast } from "sonner";

/**
 * Sonner's `toast`, without Sonner in any page's first load (it is about 10 KiB gzip and no
 * page needs it to paint): the first toast, or the toaster's mount after hydration, fetches it.
 * Each call returns its id at once (ours, handed to Sonner), so a caller can update the toast
 * later as with Sonner's own; toasts made before the Toaster mounts are shown when it does
 * (Sonner replays active toasts to a late subscriber).
 */
type Message = React.ReactNode;
type Kind = "default" | "success" | "error" | "info";

let sonner: Promise<typeof import("sonner")> | undefined;
export const loadSonner = () => (sonner ??= import("sonner"));

let lastId = 0;

function show(kind: Kind, message: Message, data?: ExternalToast): string | number {
  const id = data?.id ?? `toast-${++lastId}`;
  void loadSonner().then(({ toast: sonnerToast }) => {
    const options = { ...data, id };
    if (kind === "default") sonnerToast(message, options);
    else sonnerToast[kind](message, options);
  });
  return id;
}

export const toast = Object.assign(
  (message: Message, data?: ExternalToast) => show("default", message, data),
  {
    success: (message: Message, data?: ExternalToast) => show("success", message, data),
    error: (message: Message, data?: ExternalToast) => show("error", message, data),
    info: (message: Message, data?: ExternalToast) => show("info", message, data),
  },
);
