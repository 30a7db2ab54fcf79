import { workspaceHeaders } from "@/hooks/request-workspace";

/** An uploaded image as the form holds it; `url` is a short-lived signed link for the thumbnail. */
export type UploadedImage = { id: string; url: string; width: number; height: number };

export const UPLOAD_ENDPOINT = "/api/uploads";
const NETWORK_ERROR = "The upload failed. Check your connection and try again.";

/**
 * Sends one image to the upload route. XMLHttpRequest rather than fetch: only it reports upload
 * progress. Rejects with the server's own plain message, or an AbortError when `signal` aborts.
 */
export function uploadImage(
  file: File,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    xhr.open("POST", UPLOAD_ENDPOINT);
    xhr.responseType = "json";
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(workspaceHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as Partial<UploadedImage> & { error?: { message?: string } };
      if (xhr.status === 201 && body && typeof body.id === "string" && typeof body.url === "string") {
        resolve({ id: body.id, url: body.url, width: body.width ?? 0, height: body.height ?? 0 });
      } else {
        reject(new Error(body?.error?.message ?? `The upload failed (${xhr.status}). Try again.`));
      }
    };
    xhr.onerror = () => reject(new Error(NETWORK_ERROR));
    xhr.ontimeout = () => reject(new Error(NETWORK_ERROR));
    xhr.onabort = () => reject(abortError());
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });

    const form = new FormData();
    form.append("file", file, file.name || "image");
    xhr.send(form);
  });
}

const abortError = () => new DOMException("The upload was canceled.", "AbortError");

export const isAbortError = (error: unknown) => error instanceof DOMException && error.name === "AbortError";
