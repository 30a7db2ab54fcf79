import "server-only";
import { env } from "@/lib/config/env";

/**
 * For links made outside a request (background jobs, the worker process): APP_URL, else this
 * server on localhost. Apart from app-origin.ts so workers never load next/headers.
 */
export function backgroundOrigin(): string {
  const configured = env().APP_URL;
  return configured ? new URL(configured).origin : `http://localhost:${process.env.PORT ?? 3000}`;
}
