/**
 * The simulator's outbound work: fetching the images a submit names (as the upstream must, to
 * use them) and POSTing completion callbacks. Tracked so tests can wait for it and reset can
 * stop it.
 */
export interface FetchedImage {
  taskId: string;
  url: string;
  /** null when no HTTP answer came back at all. */
  status: number | null;
  bytes: number;
  error?: string;
  time: number;
}

export interface CallbackDelivery {
  taskId: string;
  url: string;
  status: number | null;
  error?: string;
  body: unknown;
  time: number;
}

const OUTBOUND_TIMEOUT_MS = 15_000;

export function createBackground() {
  const pending = new Set<Promise<unknown>>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let generation = 0;

  return {
    /** Runs `work`, telling it whether a reset has happened since, so stale results are dropped. */
    track(work: (stillCurrent: () => boolean) => Promise<void>) {
      const started = generation;
      const promise: Promise<void> = work(() => started === generation)
        .catch(() => undefined)
        .finally(() => pending.delete(promise));
      pending.add(promise);
    },
    timer(fn: () => void, ms: number) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      // Pending callbacks must not keep a test run or a CLI from exiting.
      timer.unref?.();
      timers.add(timer);
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    reset() {
      generation++;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
export type Background = ReturnType<typeof createBackground>;

/** The upstream's own cap on an input image (docs/upstream-api.md §5). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

// Redirects are never followed: an allowed URL must not bounce the simulator anywhere else.
const redirectError = (status: number) =>
  status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : undefined;

/** `keep`: the bytes are wanted (a first-frame image the clip starts from), not only counted. */
export async function fetchImage(
  url: string,
  { keep = false }: { keep?: boolean } = {},
): Promise<Pick<FetchedImage, "status" | "bytes" | "error"> & { data?: Buffer }> {
  try {
    const response = await fetch(url, {
      redirect: "manual",
      signal: AbortSignal.timeout(OUTBOUND_TIMEOUT_MS),
    });
    const chunks: Uint8Array[] | undefined = keep && response.ok ? [] : undefined;
    const bytes = await countBytes(response, MAX_IMAGE_BYTES, chunks);
    if (chunks && bytes !== undefined) {
      return { status: response.status, bytes, data: Buffer.concat(chunks) };
    }
    if (bytes === undefined) {
      return { status: response.status, bytes: MAX_IMAGE_BYTES, error: "The image is larger than 25 MB." };
    }
    return response.ok
      ? { status: response.status, bytes }
      : {
          status: response.status,
          bytes,
          error: redirectError(response.status) ?? `HTTP ${response.status}`,
        };
  } catch (error) {
    return { status: null, bytes: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The bytes of an image a task names (for a clip that starts from it); throws when unfetchable. */
export async function downloadImage(url: string): Promise<Buffer> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(OUTBOUND_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const data = Buffer.from(await response.arrayBuffer());
  if (data.byteLength > MAX_IMAGE_BYTES) throw new Error("The image is larger than 25 MB.");
  return data;
}

/** Reads a body only to count it, and stops (undefined) once it passes `max`. */
async function countBytes(
  response: Response,
  max: number,
  chunks?: Uint8Array[],
): Promise<number | undefined> {
  if (Number(response.headers.get("content-length") ?? "0") > max) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return 0;
  const reader = response.body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
    chunks?.push(value);
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
  }
}

/** One plain JSON POST, no signature and no retry: what the upstream documents (§3). */
export async function postCallback(
  url: string,
  body: unknown,
): Promise<Pick<CallbackDelivery, "status" | "error">> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      redirect: "manual",
      signal: AbortSignal.timeout(OUTBOUND_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => undefined);
    const error = redirectError(response.status);
    return error ? { status: response.status, error } : { status: response.status };
  } catch (error) {
    return { status: null, error: error instanceof Error ? error.message : String(error) };
  }
}
