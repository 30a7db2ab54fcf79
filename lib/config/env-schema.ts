import { z } from "@/lib/validation/zod";
import { log } from "@/lib/log/logger";

/**
 * Every variable the app reads, in one schema. Pure (no I/O) so it can be unit-tested;
 * `lib/config/env.ts` applies it to process.env once, lazily, at run time.
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const optionalUrl = (protocols: RegExp, hint: string) =>
  optionalString.pipe(
    z
      .string()
      .refine((v) => URL.canParse(v) && protocols.test(new URL(v).protocol), { message: hint })
      .optional(),
  );

const MEDIA_HOSTS_HINT =
  "must be a comma-separated list of host names (cdn.example.com or cdn.example.com:8443, https only) " +
  "or origins with a scheme (http://media.internal:8080)";

/**
 * One ACEDATA_MEDIA_HOSTS entry, normalised, or null when it is neither a bare host (`host`,
 * `host:port`: https, public addresses only) nor an origin (`http(s)://host[:port]`: exactly that
 * scheme, host and port, private addresses allowed). Mirrors `parseAllowedMediaHost` in
 * lib/net/safe-fetch.ts, which this pure module does not import.
 */
function mediaHostEntry(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  if (value.includes("://")) {
    if (!/^https?:\/\/[^/?#@\\]+\/?$/.test(value) || !URL.canParse(value)) return null;
    const url = new URL(value);
    return url.hostname ? url.origin : null;
  }
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/.exec(value);
  if (!match || !URL.canParse(`https://${value}`)) return null;
  if (match[2] && (Number(match[2]) < 1 || Number(match[2]) > 65_535)) return null;
  return value;
}

const DEFAULT_MEDIA_HOSTS = ["cdn.acedata.cloud"];

const hostList = z.string().transform((v, ctx) => {
  const entries = v
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  // Empty means unset, as everywhere here (.env.example writes every variable empty).
  if (entries.length === 0) return DEFAULT_MEDIA_HOSTS;
  const bad = entries.filter((h) => mediaHostEntry(h) === null);
  if (bad.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `${MEDIA_HOSTS_HINT}; not valid: ${bad.map((h) => JSON.stringify(h)).join(", ")}`,
    });
    return z.NEVER;
  }
  return [...new Set(entries.map((h) => mediaHostEntry(h)!))];
});

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATA_DIR: optionalString,
    DATABASE_URL: optionalUrl(/^postgres(ql)?:$/, "must be a postgres:// or postgresql:// URL"),
    AUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    APP_URL: optionalUrl(/^https?:$/, "must be an http(s) URL such as https://studio.example.com"),
    ACEDATA_API_TOKEN: optionalString,
    ACEDATA_BASE_URL: optionalUrl(/^https?:$/, "must be an http(s) URL").default("https://api.acedata.cloud"),
    ACEDATA_MEDIA_HOSTS: hostList.default(DEFAULT_MEDIA_HOSTS),
    STORAGE_DRIVER: z.enum(["local", "s3"], { message: "must be local or s3" }).default("local"),
    S3_BUCKET: optionalString,
    S3_REGION: optionalString.default("us-east-1"),
    S3_ENDPOINT: optionalUrl(/^https?:$/, "must be an http(s) URL"),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false", "1", "0", ""], { message: "must be true or false" })
      .optional()
      .transform((v) => v === "true" || v === "1"),
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    GENERATION_TIMEOUT_MINUTES: z.coerce
      .number({ message: "must be a number of minutes" })
      // Fractions are allowed so tests can reach the deadline in seconds.
      .min(0.1)
      .max(24 * 60)
      .default(15),
    // Seconds a submit waits for the upstream's answer; after that the outcome is unknown.
    ACEDATA_SUBMIT_TIMEOUT_SECONDS: z.coerce
      .number({ message: "must be a number of seconds" })
      .min(1)
      .max(600)
      .default(30),
    // How long the provider may say it has no such task before the generation is settled as failed.
    TASK_GRACE_SECONDS: z.coerce
      .number({ message: "must be a number of seconds" })
      .min(1)
      .max(24 * 60 * 60)
      .default(180),
    // With APP_URL (callbacks): how long a sent task waits for its callback before the first poll.
    // Unset: the provider's slow case plus a margin (about 6 min; the simulator's, in demo mode).
    // 0: poll at the usual pace from the start, callbacks or not.
    CALLBACK_WAIT_SECONDS: z.coerce
      .number({ message: "must be a number of seconds" })
      .min(0)
      .max(60 * 60)
      .optional(),
    // Tasks the upstream token may have in flight at once (Ace Data Cloud allows about 5); more
    // submits wait in the dispatch queue.
    ACEDATA_MAX_IN_FLIGHT: z.coerce
      .number({ message: "must be a whole number" })
      .int()
      .min(1)
      .max(100)
      .default(5),
    // How long copying one finished video from the provider's CDN may take.
    MEDIA_FETCH_TIMEOUT_SECONDS: z.coerce
      .number({ message: "must be a number of seconds" })
      .min(1)
      .max(3600)
      .default(120),
    // How long a mirror job may run before the engine gives it to another worker; by default
    // twice the fetch timeout plus a minute (upload and poster included).
    JOBS_MIRROR_EXPIRE_SECONDS: z.coerce
      .number({ message: "must be a number of seconds" })
      .int()
      .min(10)
      .optional(),
    // How often the job engine expires stuck jobs, retries and archives.
    JOBS_MAINTENANCE_SECONDS: z.coerce
      .number({ message: "must be a number of seconds" })
      .int()
      .min(1)
      .max(3600)
      .default(30),
    // "off" on web instances when separate `npm run worker` processes do the background work.
    WORKERS: z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("on"),
    // The old name of WORKERS, still read for one release (parseEnv copies it over, with a warning).
    RECONCILER: z.enum(["on", "off"], { message: 'must be "on" or "off"' }).optional(),
    // Mail (invites, password resets, "your video is ready"): any SMTP server. Unset, every mail
    // is written to the server log and invite links are shown to copy.
    SMTP_URL: optionalUrl(
      /^smtps?:$/,
      "must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.com:587",
    ),
    MAIL_FROM: optionalString.default("Grok Video Studio <studio@localhost>"),
    // How long inbox mail waits for more news to the same person: what arrives within it goes out
    // as one mail (four videos ready, a thread's replies), not one mail each.
    INBOX_MAIL_DELAY_SECONDS: z.coerce
      .number({ message: "must be a number of seconds" })
      .int()
      .min(0)
      .max(600)
      .default(30),
    // How many proxies in front of the app append to X-Forwarded-For. 0 (default): the header is
    // ignored, since any client can write it; 1 behind one load balancer, and so on.
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ message: "must be a whole number" })
      .int()
      .min(0)
      .max(10)
      .default(0),
    // Read directly by lib/media/ffmpeg.ts (also used outside the app by the bench scripts).
    FFMPEG_PATH: optionalString,
  })
  .superRefine((env, ctx) => {
    if (
      env.JOBS_MIRROR_EXPIRE_SECONDS !== undefined &&
      env.JOBS_MIRROR_EXPIRE_SECONDS <= env.MEDIA_FETCH_TIMEOUT_SECONDS
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["JOBS_MIRROR_EXPIRE_SECONDS"],
        message: "must be longer than MEDIA_FETCH_TIMEOUT_SECONDS, or a slow copy would be taken over midway",
      });
    }
    if (env.STORAGE_DRIVER === "s3") {
      for (const key of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!env[key])
          ctx.addIssue({ code: "custom", path: [key], message: "is required when STORAGE_DRIVER=s3" });
      }
    }
    // Instances sharing a PostgreSQL server must share one secret; a generated one is per machine.
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production with DATABASE_URL (every instance must share it)",
      });
    }
    // Links in mails must not be built from a request's Host header, which a client chooses
    // (a reset link for a victim would point at the attacker's host).
    if (env.SMTP_URL && !env.APP_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message: "is required with SMTP_URL (links in mails point to it)",
      });
    }
    for (const provider of ["GITHUB", "GOOGLE"] as const) {
      const id = env[`AUTH_${provider}_ID`];
      const secret = env[`AUTH_${provider}_SECRET`];
      if (Boolean(id) !== Boolean(secret)) {
        ctx.addIssue({
          code: "custom",
          path: [id ? `AUTH_${provider}_SECRET` : `AUTH_${provider}_ID`],
          message: `is required together with AUTH_${provider}_${id ? "ID" : "SECRET"}`,
        });
      }
    }
  });

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty means unset, for every variable (.env.example writes them all empty).
  const given = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  if (given.RECONCILER !== undefined && given.WORKERS === undefined) {
    log.warn(
      { event: "config.deprecated" },
      "RECONCILER is deprecated: set WORKERS instead (same values, on or off).",
    );
    given.WORKERS = given.RECONCILER;
  }
  const result = envSchema.safeParse(given);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`));
}
