import { z } from "zod";

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

const hostList = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/, "must be a comma-separated list of host names")));

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATA_DIR: optionalString,
    DATABASE_URL: optionalUrl(/^postgres(ql)?:$/, "must be a postgres:// or postgresql:// URL"),
    AUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    APP_URL: optionalUrl(/^https?:$/, "must be an http(s) URL such as https://studio.example.com"),
    ACEDATA_API_TOKEN: optionalString,
    ACEDATA_BASE_URL: optionalUrl(/^https?:$/, "must be an http(s) URL").default("https://api.acedata.cloud"),
    ACEDATA_MEDIA_HOSTS: hostList.default(["cdn.acedata.cloud"]),
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
      .int("must be a whole number of minutes")
      .min(1)
      .max(24 * 60)
      .default(15),
    // Read directly by lib/media/poster.ts (also used outside the app by the bench scripts).
    FFMPEG_PATH: optionalString,
  })
  .superRefine((env, ctx) => {
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
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`));
}
