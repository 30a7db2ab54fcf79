var __defProp = Object.defineProperty;
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};

// scripts/worker.ts
import { existsSync } from "node:fs";

// lib/db/client.ts
import "server-only";

// lib/config/data-dir.ts
import "server-only";
import path from "node:path";
function dataDir(configured = process.env.DATA_DIR) {
  return path.resolve(
    /*turbopackIgnore: true*/
    configured ?? ".data"
  );
}

// lib/config/env.ts
import "server-only";

// lib/config/env-schema.ts
import { z } from "zod";
var optionalString = z.string().trim().transform((v) => v === "" ? void 0 : v).optional();
var optionalUrl = (protocols, hint) => optionalString.pipe(
  z.string().refine((v) => URL.canParse(v) && protocols.test(new URL(v).protocol), { message: hint }).optional()
);
var MEDIA_HOSTS_HINT = "must be a comma-separated list of host names (cdn.example.com or cdn.example.com:8443, https only) or origins with a scheme (http://media.internal:8080)";
function mediaHostEntry(raw3) {
  const value = raw3.trim().toLowerCase();
  if (value.includes("://")) {
    if (!/^https?:\/\/[^/?#@\\]+\/?$/.test(value) || !URL.canParse(value)) return null;
    const url = new URL(value);
    return url.hostname ? url.origin : null;
  }
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/.exec(value);
  if (!match || !URL.canParse(`https://${value}`)) return null;
  if (match[2] && (Number(match[2]) < 1 || Number(match[2]) > 65535)) return null;
  return value;
}
var DEFAULT_MEDIA_HOSTS = ["cdn.acedata.cloud"];
var hostList = z.string().transform((v, ctx) => {
  const entries = v.split(",").map((h) => h.trim()).filter(Boolean);
  if (entries.length === 0) return DEFAULT_MEDIA_HOSTS;
  const bad = entries.filter((h) => mediaHostEntry(h) === null);
  if (bad.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `${MEDIA_HOSTS_HINT}; not valid: ${bad.map((h) => JSON.stringify(h)).join(", ")}`
    });
    return z.NEVER;
  }
  return [...new Set(entries.map((h) => mediaHostEntry(h)))];
});
var envSchema = z.object({
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
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0", ""], { message: "must be true or false" }).optional().transform((v) => v === "true" || v === "1"),
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  GENERATION_TIMEOUT_MINUTES: z.coerce.number({ message: "must be a number of minutes" }).min(0.1).max(24 * 60).default(15),
  // Seconds a submit waits for the upstream's answer; after that the outcome is unknown.
  ACEDATA_SUBMIT_TIMEOUT_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).min(1).max(600).default(30),
  // How long the provider may say it has no such task before the generation is settled as failed.
  TASK_GRACE_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).min(1).max(24 * 60 * 60).default(180),
  // Tasks the upstream token may have in flight at once (Ace Data Cloud allows about 5); more
  // submits wait in the dispatch queue.
  ACEDATA_MAX_IN_FLIGHT: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(100).default(5),
  // How long copying one finished video from the provider's CDN may take.
  MEDIA_FETCH_TIMEOUT_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).min(1).max(3600).default(120),
  // How long a mirror job may run before the engine gives it to another worker; by default
  // twice the fetch timeout plus a minute (upload and poster included).
  JOBS_MIRROR_EXPIRE_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).int().min(10).optional(),
  // How often the job engine expires stuck jobs, retries and archives.
  JOBS_MAINTENANCE_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).int().min(1).max(3600).default(30),
  // "off" on web instances when separate `npm run worker` processes do the background work.
  RECONCILER: z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("on"),
  // Read directly by lib/media/poster.ts (also used outside the app by the bench scripts).
  FFMPEG_PATH: optionalString
}).superRefine((env2, ctx) => {
  if (env2.JOBS_MIRROR_EXPIRE_SECONDS !== void 0 && env2.JOBS_MIRROR_EXPIRE_SECONDS <= env2.MEDIA_FETCH_TIMEOUT_SECONDS) {
    ctx.addIssue({
      code: "custom",
      path: ["JOBS_MIRROR_EXPIRE_SECONDS"],
      message: "must be longer than MEDIA_FETCH_TIMEOUT_SECONDS, or a slow copy would be taken over midway"
    });
  }
  if (env2.STORAGE_DRIVER === "s3") {
    for (const key of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) {
      if (!env2[key])
        ctx.addIssue({ code: "custom", path: [key], message: "is required when STORAGE_DRIVER=s3" });
    }
  }
  if (env2.NODE_ENV === "production" && env2.DATABASE_URL && !env2.AUTH_SECRET) {
    ctx.addIssue({
      code: "custom",
      path: ["AUTH_SECRET"],
      message: "is required in production with DATABASE_URL (every instance must share it)"
    });
  }
  for (const provider of ["GITHUB", "GOOGLE"]) {
    const id = env2[`AUTH_${provider}_ID`];
    const secret = env2[`AUTH_${provider}_SECRET`];
    if (Boolean(id) !== Boolean(secret)) {
      ctx.addIssue({
        code: "custom",
        path: [id ? `AUTH_${provider}_SECRET` : `AUTH_${provider}_ID`],
        message: `is required together with AUTH_${provider}_${id ? "ID" : "SECRET"}`
      });
    }
  }
});
var EnvError = class extends Error {
  constructor(problems) {
    super(`Invalid configuration:
${problems.map((p) => `  - ${p}`).join("\n")}
See .env.example.`);
    this.problems = problems;
    this.name = "EnvError";
  }
  problems;
};
function parseEnv(source) {
  const given = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== void 0 && v.trim() !== "")
  );
  const result = envSchema.safeParse(given);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`));
}

// lib/config/env.ts
var cached;
function env() {
  cached ??= parseEnv(process.env);
  return cached;
}
var isDemoMode = () => !env().ACEDATA_API_TOKEN;

// lib/db/create-client.ts
import "server-only";
import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";

// lib/server/require-at-run-time.ts
import "server-only";
import { createRequire } from "node:module";
import path2 from "node:path";
var requireAtRunTime = createRequire(path2.join(process.cwd(), "package.json"));

// lib/db/generated/client.ts
import * as path3 from "node:path";
import { fileURLToPath } from "node:url";

// lib/db/generated/internal/class.ts
import * as runtime from "@prisma/client/runtime/client";
var config = {
  "previewFeatures": [],
  "clientVersion": "7.10.0",
  "engineVersion": "0edf323efd1d98336f3f0a68684b56f689b900d3",
  "activeProvider": "postgresql",
  "inlineSchema": '// One schema for both run modes: embedded PGlite and any PostgreSQL server.\n// The datasource URL lives in prisma.config.ts; the app picks a driver adapter at run time.\n\ngenerator client {\n  provider     = "prisma-client"\n  output       = "../lib/db/generated"\n  moduleFormat = "esm"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n\n// \u2500\u2500\u2500 Auth.js \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\n\nmodel User {\n  id             String    @id @default(cuid())\n  name           String?\n  email          String    @unique\n  emailVerified  DateTime?\n  image          String?\n  // Never selected outside lib/auth; DTOs omit it.\n  passwordHash   String?\n  // Bumped by "sign out everywhere"; every JWT carries the version it was issued with.\n  sessionVersion Int       @default(1)\n  createdAt      DateTime  @default(now())\n  updatedAt      DateTime  @updatedAt\n\n  accounts    Account[]\n  sessions    Session[]\n  memberships Membership[]\n  generations Generation[]\n  invitesSent Invite[]     @relation("InviteInviter")\n  usageEvents UsageEvent[]\n  assets      Asset[]\n}\n\nmodel Account {\n  userId            String\n  type              String\n  provider          String\n  providerAccountId String\n  refresh_token     String?\n  access_token      String?\n  expires_at        Int?\n  token_type        String?\n  scope             String?\n  id_token          String?\n  session_state     String?\n  createdAt         DateTime @default(now())\n  updatedAt         DateTime @updatedAt\n\n  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@id([provider, providerAccountId])\n  @@index([userId])\n}\n\nmodel Session {\n  sessionToken String   @unique\n  userId       String\n  expires      DateTime\n  createdAt    DateTime @default(now())\n  updatedAt    DateTime @updatedAt\n\n  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@index([userId])\n}\n\nmodel VerificationToken {\n  identifier String\n  token      String\n  expires    DateTime\n\n  @@id([identifier, token])\n}\n\n// \u2500\u2500\u2500 Workspaces \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\n\nenum Role {\n  owner\n  admin\n  member\n  viewer\n}\n\nmodel Workspace {\n  id        String   @id @default(cuid())\n  name      String\n  slug      String   @unique\n  personal  Boolean  @default(false)\n  createdAt DateTime @default(now())\n  updatedAt DateTime @updatedAt\n\n  memberships Membership[]\n  invites     Invite[]\n  generations Generation[]\n  assets      Asset[]\n  usageEvents UsageEvent[]\n}\n\nmodel Membership {\n  userId              String\n  workspaceId         String\n  role                Role     @default(member)\n  // Seconds of video this member may request per calendar month; null = no cap.\n  monthlyQuotaSeconds Int?\n  createdAt           DateTime @default(now())\n\n  user      User      @relation(fields: [userId], references: [id], onDelete: Cascade)\n  workspace Workspace @relation(fields: [workspaceId], references: [id], onDelete: Cascade)\n\n  @@id([userId, workspaceId])\n  @@index([workspaceId])\n}\n\nmodel Invite {\n  id          String    @id @default(cuid())\n  workspaceId String\n  email       String\n  role        Role      @default(member)\n  // SHA-256 of the single-use token; the token itself is only ever in the invite link.\n  tokenHash   String    @unique\n  invitedById String\n  expiresAt   DateTime\n  acceptedAt  DateTime?\n  createdAt   DateTime  @default(now())\n\n  workspace Workspace @relation(fields: [workspaceId], references: [id], onDelete: Cascade)\n  invitedBy User      @relation("InviteInviter", fields: [invitedById], references: [id], onDelete: Cascade)\n\n  @@index([workspaceId])\n}\n\n// \u2500\u2500\u2500 Generations \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\n\nenum GenerationState {\n  queued\n  unknown\n  submitted\n  running\n  succeeded\n  ready\n  rejected\n  failed\n  timed_out\n  canceled\n}\n\nmodel Generation {\n  id                String   @id @default(cuid())\n  workspaceId       String\n  creatorId         String\n  prompt            String\n  model             String\n  aspectRatio       String\n  resolution        String\n  durationSec       Int\n  inputImageId      String?\n  referenceImageIds String[] @default([])\n  // Client-made; a repeat submit with the same key returns this row and never calls upstream again.\n  idempotencyKey    String\n  remixedFromId     String?\n\n  state              GenerationState @default(queued)\n  taskId             String?\n  traceId            String?\n  errorCode          String?\n  errorMessage       String?\n  // SHA-256 of the per-generation callback secret (the secret is only in the callback URL).\n  callbackSecretHash String?\n  // Set (compare-and-set, once) just before the upstream POST: the body as sent, with the callback\n  // token redacted. Null means the request certainly never left, so it may still be sent or canceled;\n  // set without a task id means it may have been sent, and the provider\'s task list is searched for it.\n  sendStartedAt      DateTime?\n  sentRequest        Json?\n  // First time the provider answered without this task (left out of retrieve_batch); after a grace\n  // period the generation is settled as failed instead of waiting for the deadline.\n  taskMissingSince   DateTime?\n\n  // When the job engine looks at this generation next (its `check` or `mirror` job is due then),\n  // and how often the task was read. A row whose next look is long overdue lost its job and is\n  // given a new one (recover-generations.ts).\n  nextPollAt        DateTime?\n  pollAttempts      Int       @default(0)\n  // Dispatch: a queued generation picked to fill a free slot of the upstream token holds it until\n  // then, while its request is prepared; after that `sendStartedAt` holds it. 429 answers so far.\n  sendReservedUntil DateTime?\n  sendAttempts      Int       @default(0)\n\n  providerVideoUrl String?\n  videoAssetId     String? @unique\n  mirrorAttempts   Int     @default(0)\n  // Why the last copy into our storage failed (for the log and the "not saved" card).\n  mirrorError      String?\n\n  favorite  Boolean   @default(false)\n  deletedAt DateTime?\n\n  createdAt   DateTime  @default(now())\n  submittedAt DateTime?\n  startedAt   DateTime?\n  finishedAt  DateTime?\n  updatedAt   DateTime  @updatedAt\n\n  workspace   Workspace    @relation(fields: [workspaceId], references: [id], onDelete: Cascade)\n  creator     User         @relation(fields: [creatorId], references: [id], onDelete: Cascade)\n  inputImage  Asset?       @relation("GenerationInputImage", fields: [inputImageId], references: [id], onDelete: SetNull)\n  videoAsset  Asset?       @relation("GenerationVideo", fields: [videoAssetId], references: [id], onDelete: SetNull)\n  remixedFrom Generation?  @relation("Remix", fields: [remixedFromId], references: [id], onDelete: SetNull)\n  remixes     Generation[] @relation("Remix")\n  usageEvents UsageEvent[]\n\n  @@unique([workspaceId, idempotencyKey])\n  @@index([workspaceId, createdAt(sort: Desc), id])\n  @@index([workspaceId, state])\n  @@index([state, nextPollAt])\n  @@index([state, createdAt])\n  @@index([taskId])\n}\n\nenum AssetKind {\n  image\n  video\n}\n\nmodel Asset {\n  id           String    @id @default(cuid())\n  workspaceId  String\n  ownerId      String?\n  kind         AssetKind\n  storageKey   String    @unique\n  contentType  String\n  sizeBytes    Int\n  width        Int?\n  height       Int?\n  // SHA-256 hex of the stored bytes.\n  checksum     String\n  // Videos: a still frame (WebP) the gallery shows before anything plays.\n  posterKey    String?   @unique\n  // Videos: the generation this is the stored copy of. Unique, so a mirror job that runs twice\n  // can never leave a second copy behind.\n  generationId String?   @unique\n  createdAt    DateTime  @default(now())\n\n  workspace Workspace    @relation(fields: [workspaceId], references: [id], onDelete: Cascade)\n  owner     User?        @relation(fields: [ownerId], references: [id], onDelete: SetNull)\n  inputFor  Generation[] @relation("GenerationInputImage")\n  videoOf   Generation?  @relation("GenerationVideo")\n\n  @@index([workspaceId, createdAt])\n}\n\nenum UsageKind {\n  requested\n  produced\n  refunded\n}\n\nmodel UsageEvent {\n  id           String    @id @default(cuid())\n  workspaceId  String\n  userId       String\n  generationId String?\n  kind         UsageKind\n  seconds      Int\n  createdAt    DateTime  @default(now())\n\n  workspace  Workspace   @relation(fields: [workspaceId], references: [id], onDelete: Cascade)\n  user       User        @relation(fields: [userId], references: [id], onDelete: Cascade)\n  generation Generation? @relation(fields: [generationId], references: [id], onDelete: SetNull)\n\n  @@index([workspaceId, userId, createdAt])\n  @@index([generationId])\n}\n\n// Counters for sign-in throttling and submit rate limits, shared by every instance.\n// Shape required by rate-limiter-flexible\'s RateLimiterPrisma store.\nmodel RateLimiterFlexible {\n  key    String    @id\n  points Int\n  expire DateTime?\n\n  @@index([expire])\n}\n',
  "runtimeDataModel": {
    "models": {},
    "enums": {},
    "types": {}
  },
  "parameterizationSchema": {
    "strings": [],
    "graph": ""
  }
};
config.runtimeDataModel = JSON.parse('{"models":{"User":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"email","kind":"scalar","type":"String"},{"name":"emailVerified","kind":"scalar","type":"DateTime"},{"name":"image","kind":"scalar","type":"String"},{"name":"passwordHash","kind":"scalar","type":"String"},{"name":"sessionVersion","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"accounts","kind":"object","type":"Account","relationName":"AccountToUser"},{"name":"sessions","kind":"object","type":"Session","relationName":"SessionToUser"},{"name":"memberships","kind":"object","type":"Membership","relationName":"MembershipToUser"},{"name":"generations","kind":"object","type":"Generation","relationName":"GenerationToUser"},{"name":"invitesSent","kind":"object","type":"Invite","relationName":"InviteInviter"},{"name":"usageEvents","kind":"object","type":"UsageEvent","relationName":"UsageEventToUser"},{"name":"assets","kind":"object","type":"Asset","relationName":"AssetToUser"}],"dbName":null,"schema":null},"Account":{"fields":[{"name":"userId","kind":"scalar","type":"String"},{"name":"type","kind":"scalar","type":"String"},{"name":"provider","kind":"scalar","type":"String"},{"name":"providerAccountId","kind":"scalar","type":"String"},{"name":"refresh_token","kind":"scalar","type":"String"},{"name":"access_token","kind":"scalar","type":"String"},{"name":"expires_at","kind":"scalar","type":"Int"},{"name":"token_type","kind":"scalar","type":"String"},{"name":"scope","kind":"scalar","type":"String"},{"name":"id_token","kind":"scalar","type":"String"},{"name":"session_state","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"AccountToUser"}],"dbName":null,"schema":null},"Session":{"fields":[{"name":"sessionToken","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"expires","kind":"scalar","type":"DateTime"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"SessionToUser"}],"dbName":null,"schema":null},"VerificationToken":{"fields":[{"name":"identifier","kind":"scalar","type":"String"},{"name":"token","kind":"scalar","type":"String"},{"name":"expires","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"Workspace":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"slug","kind":"scalar","type":"String"},{"name":"personal","kind":"scalar","type":"Boolean"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"memberships","kind":"object","type":"Membership","relationName":"MembershipToWorkspace"},{"name":"invites","kind":"object","type":"Invite","relationName":"InviteToWorkspace"},{"name":"generations","kind":"object","type":"Generation","relationName":"GenerationToWorkspace"},{"name":"assets","kind":"object","type":"Asset","relationName":"AssetToWorkspace"},{"name":"usageEvents","kind":"object","type":"UsageEvent","relationName":"UsageEventToWorkspace"}],"dbName":null,"schema":null},"Membership":{"fields":[{"name":"userId","kind":"scalar","type":"String"},{"name":"workspaceId","kind":"scalar","type":"String"},{"name":"role","kind":"enum","type":"Role"},{"name":"monthlyQuotaSeconds","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"MembershipToUser"},{"name":"workspace","kind":"object","type":"Workspace","relationName":"MembershipToWorkspace"}],"dbName":null,"schema":null},"Invite":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"workspaceId","kind":"scalar","type":"String"},{"name":"email","kind":"scalar","type":"String"},{"name":"role","kind":"enum","type":"Role"},{"name":"tokenHash","kind":"scalar","type":"String"},{"name":"invitedById","kind":"scalar","type":"String"},{"name":"expiresAt","kind":"scalar","type":"DateTime"},{"name":"acceptedAt","kind":"scalar","type":"DateTime"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"workspace","kind":"object","type":"Workspace","relationName":"InviteToWorkspace"},{"name":"invitedBy","kind":"object","type":"User","relationName":"InviteInviter"}],"dbName":null,"schema":null},"Generation":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"workspaceId","kind":"scalar","type":"String"},{"name":"creatorId","kind":"scalar","type":"String"},{"name":"prompt","kind":"scalar","type":"String"},{"name":"model","kind":"scalar","type":"String"},{"name":"aspectRatio","kind":"scalar","type":"String"},{"name":"resolution","kind":"scalar","type":"String"},{"name":"durationSec","kind":"scalar","type":"Int"},{"name":"inputImageId","kind":"scalar","type":"String"},{"name":"referenceImageIds","kind":"scalar","type":"String"},{"name":"idempotencyKey","kind":"scalar","type":"String"},{"name":"remixedFromId","kind":"scalar","type":"String"},{"name":"state","kind":"enum","type":"GenerationState"},{"name":"taskId","kind":"scalar","type":"String"},{"name":"traceId","kind":"scalar","type":"String"},{"name":"errorCode","kind":"scalar","type":"String"},{"name":"errorMessage","kind":"scalar","type":"String"},{"name":"callbackSecretHash","kind":"scalar","type":"String"},{"name":"sendStartedAt","kind":"scalar","type":"DateTime"},{"name":"sentRequest","kind":"scalar","type":"Json"},{"name":"taskMissingSince","kind":"scalar","type":"DateTime"},{"name":"nextPollAt","kind":"scalar","type":"DateTime"},{"name":"pollAttempts","kind":"scalar","type":"Int"},{"name":"sendReservedUntil","kind":"scalar","type":"DateTime"},{"name":"sendAttempts","kind":"scalar","type":"Int"},{"name":"providerVideoUrl","kind":"scalar","type":"String"},{"name":"videoAssetId","kind":"scalar","type":"String"},{"name":"mirrorAttempts","kind":"scalar","type":"Int"},{"name":"mirrorError","kind":"scalar","type":"String"},{"name":"favorite","kind":"scalar","type":"Boolean"},{"name":"deletedAt","kind":"scalar","type":"DateTime"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"submittedAt","kind":"scalar","type":"DateTime"},{"name":"startedAt","kind":"scalar","type":"DateTime"},{"name":"finishedAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"workspace","kind":"object","type":"Workspace","relationName":"GenerationToWorkspace"},{"name":"creator","kind":"object","type":"User","relationName":"GenerationToUser"},{"name":"inputImage","kind":"object","type":"Asset","relationName":"GenerationInputImage"},{"name":"videoAsset","kind":"object","type":"Asset","relationName":"GenerationVideo"},{"name":"remixedFrom","kind":"object","type":"Generation","relationName":"Remix"},{"name":"remixes","kind":"object","type":"Generation","relationName":"Remix"},{"name":"usageEvents","kind":"object","type":"UsageEvent","relationName":"GenerationToUsageEvent"}],"dbName":null,"schema":null},"Asset":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"workspaceId","kind":"scalar","type":"String"},{"name":"ownerId","kind":"scalar","type":"String"},{"name":"kind","kind":"enum","type":"AssetKind"},{"name":"storageKey","kind":"scalar","type":"String"},{"name":"contentType","kind":"scalar","type":"String"},{"name":"sizeBytes","kind":"scalar","type":"Int"},{"name":"width","kind":"scalar","type":"Int"},{"name":"height","kind":"scalar","type":"Int"},{"name":"checksum","kind":"scalar","type":"String"},{"name":"posterKey","kind":"scalar","type":"String"},{"name":"generationId","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"workspace","kind":"object","type":"Workspace","relationName":"AssetToWorkspace"},{"name":"owner","kind":"object","type":"User","relationName":"AssetToUser"},{"name":"inputFor","kind":"object","type":"Generation","relationName":"GenerationInputImage"},{"name":"videoOf","kind":"object","type":"Generation","relationName":"GenerationVideo"}],"dbName":null,"schema":null},"UsageEvent":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"workspaceId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"generationId","kind":"scalar","type":"String"},{"name":"kind","kind":"enum","type":"UsageKind"},{"name":"seconds","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"workspace","kind":"object","type":"Workspace","relationName":"UsageEventToWorkspace"},{"name":"user","kind":"object","type":"User","relationName":"UsageEventToUser"},{"name":"generation","kind":"object","type":"Generation","relationName":"GenerationToUsageEvent"}],"dbName":null,"schema":null},"RateLimiterFlexible":{"fields":[{"name":"key","kind":"scalar","type":"String"},{"name":"points","kind":"scalar","type":"Int"},{"name":"expire","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null}},"enums":{},"types":{}}');
config.parameterizationSchema = {
  strings: JSON.parse('["where","orderBy","cursor","user","accounts","sessions","memberships","workspace","invitedBy","invites","creator","owner","inputFor","videoOf","_count","inputImage","videoAsset","remixedFrom","remixes","generation","usageEvents","generations","assets","invitesSent","User.findUnique","User.findUniqueOrThrow","User.findFirst","User.findFirstOrThrow","User.findMany","data","User.createOne","User.createMany","User.createManyAndReturn","User.updateOne","User.updateMany","User.updateManyAndReturn","create","update","User.upsertOne","User.deleteOne","User.deleteMany","having","_avg","_sum","_min","_max","User.groupBy","User.aggregate","Account.findUnique","Account.findUniqueOrThrow","Account.findFirst","Account.findFirstOrThrow","Account.findMany","Account.createOne","Account.createMany","Account.createManyAndReturn","Account.updateOne","Account.updateMany","Account.updateManyAndReturn","Account.upsertOne","Account.deleteOne","Account.deleteMany","Account.groupBy","Account.aggregate","Session.findUnique","Session.findUniqueOrThrow","Session.findFirst","Session.findFirstOrThrow","Session.findMany","Session.createOne","Session.createMany","Session.createManyAndReturn","Session.updateOne","Session.updateMany","Session.updateManyAndReturn","Session.upsertOne","Session.deleteOne","Session.deleteMany","Session.groupBy","Session.aggregate","VerificationToken.findUnique","VerificationToken.findUniqueOrThrow","VerificationToken.findFirst","VerificationToken.findFirstOrThrow","VerificationToken.findMany","VerificationToken.createOne","VerificationToken.createMany","VerificationToken.createManyAndReturn","VerificationToken.updateOne","VerificationToken.updateMany","VerificationToken.updateManyAndReturn","VerificationToken.upsertOne","VerificationToken.deleteOne","VerificationToken.deleteMany","VerificationToken.groupBy","VerificationToken.aggregate","Workspace.findUnique","Workspace.findUniqueOrThrow","Workspace.findFirst","Workspace.findFirstOrThrow","Workspace.findMany","Workspace.createOne","Workspace.createMany","Workspace.createManyAndReturn","Workspace.updateOne","Workspace.updateMany","Workspace.updateManyAndReturn","Workspace.upsertOne","Workspace.deleteOne","Workspace.deleteMany","Workspace.groupBy","Workspace.aggregate","Membership.findUnique","Membership.findUniqueOrThrow","Membership.findFirst","Membership.findFirstOrThrow","Membership.findMany","Membership.createOne","Membership.createMany","Membership.createManyAndReturn","Membership.updateOne","Membership.updateMany","Membership.updateManyAndReturn","Membership.upsertOne","Membership.deleteOne","Membership.deleteMany","Membership.groupBy","Membership.aggregate","Invite.findUnique","Invite.findUniqueOrThrow","Invite.findFirst","Invite.findFirstOrThrow","Invite.findMany","Invite.createOne","Invite.createMany","Invite.createManyAndReturn","Invite.updateOne","Invite.updateMany","Invite.updateManyAndReturn","Invite.upsertOne","Invite.deleteOne","Invite.deleteMany","Invite.groupBy","Invite.aggregate","Generation.findUnique","Generation.findUniqueOrThrow","Generation.findFirst","Generation.findFirstOrThrow","Generation.findMany","Generation.createOne","Generation.createMany","Generation.createManyAndReturn","Generation.updateOne","Generation.updateMany","Generation.updateManyAndReturn","Generation.upsertOne","Generation.deleteOne","Generation.deleteMany","Generation.groupBy","Generation.aggregate","Asset.findUnique","Asset.findUniqueOrThrow","Asset.findFirst","Asset.findFirstOrThrow","Asset.findMany","Asset.createOne","Asset.createMany","Asset.createManyAndReturn","Asset.updateOne","Asset.updateMany","Asset.updateManyAndReturn","Asset.upsertOne","Asset.deleteOne","Asset.deleteMany","Asset.groupBy","Asset.aggregate","UsageEvent.findUnique","UsageEvent.findUniqueOrThrow","UsageEvent.findFirst","UsageEvent.findFirstOrThrow","UsageEvent.findMany","UsageEvent.createOne","UsageEvent.createMany","UsageEvent.createManyAndReturn","UsageEvent.updateOne","UsageEvent.updateMany","UsageEvent.updateManyAndReturn","UsageEvent.upsertOne","UsageEvent.deleteOne","UsageEvent.deleteMany","UsageEvent.groupBy","UsageEvent.aggregate","RateLimiterFlexible.findUnique","RateLimiterFlexible.findUniqueOrThrow","RateLimiterFlexible.findFirst","RateLimiterFlexible.findFirstOrThrow","RateLimiterFlexible.findMany","RateLimiterFlexible.createOne","RateLimiterFlexible.createMany","RateLimiterFlexible.createManyAndReturn","RateLimiterFlexible.updateOne","RateLimiterFlexible.updateMany","RateLimiterFlexible.updateManyAndReturn","RateLimiterFlexible.upsertOne","RateLimiterFlexible.deleteOne","RateLimiterFlexible.deleteMany","RateLimiterFlexible.groupBy","RateLimiterFlexible.aggregate","AND","OR","NOT","key","points","expire","equals","in","notIn","lt","lte","gt","gte","not","contains","startsWith","endsWith","id","workspaceId","userId","generationId","UsageKind","kind","seconds","createdAt","ownerId","AssetKind","storageKey","contentType","sizeBytes","width","height","checksum","posterKey","creatorId","prompt","model","aspectRatio","resolution","durationSec","inputImageId","referenceImageIds","idempotencyKey","remixedFromId","GenerationState","state","taskId","traceId","errorCode","errorMessage","callbackSecretHash","sendStartedAt","sentRequest","taskMissingSince","nextPollAt","pollAttempts","sendReservedUntil","sendAttempts","providerVideoUrl","videoAssetId","mirrorAttempts","mirrorError","favorite","deletedAt","submittedAt","startedAt","finishedAt","updatedAt","string_contains","string_starts_with","string_ends_with","array_starts_with","array_ends_with","array_contains","has","hasEvery","hasSome","email","Role","role","tokenHash","invitedById","expiresAt","acceptedAt","monthlyQuotaSeconds","name","slug","personal","every","some","none","identifier","token","expires","identifier_token","sessionToken","type","provider","providerAccountId","refresh_token","access_token","expires_at","token_type","scope","id_token","session_state","emailVerified","image","passwordHash","sessionVersion","workspaceId_idempotencyKey","userId_workspaceId","provider_providerAccountId","is","isNot","connectOrCreate","upsert","disconnect","delete","connect","createMany","set","updateMany","deleteMany","push","increment","decrement","multiply","divide"]'),
  graph: "oQZrsAETBAAAjAMAIAUAAI0DACAGAAD2AgAgFAAA-gIAIBUAAPgCACAWAAD5AgAgFwAA9wIAINABAACLAwAw0QEAABoAENIBAACLAwAw4QEBAAAAAegBQAD1AgAhkwJAAPUCACGdAgEAAAABpQIBAIIDACG6AkAA0QIAIbsCAQCCAwAhvAIBAIIDACG9AgIA0AIAIQEAAAABACARAwAAigMAINABAACZAwAw0QEAAAMAENIBAACZAwAw4wEBAM8CACHoAUAA9QIAIZMCQAD1AgAhsAIBAM8CACGxAgEAzwIAIbICAQDPAgAhswIBAIIDACG0AgEAggMAIbUCAgCEAwAhtgIBAIIDACG3AgEAggMAIbgCAQCCAwAhuQIBAIIDACEIAwAAwAUAILMCAACaAwAgtAIAAJoDACC1AgAAmgMAILYCAACaAwAgtwIAAJoDACC4AgAAmgMAILkCAACaAwAgEgMAAIoDACDQAQAAmQMAMNEBAAADABDSAQAAmQMAMOMBAQDPAgAh6AFAAPUCACGTAkAA9QIAIbACAQDPAgAhsQIBAM8CACGyAgEAzwIAIbMCAQCCAwAhtAIBAIIDACG1AgIAhAMAIbYCAQCCAwAhtwIBAIIDACG4AgEAggMAIbkCAQCCAwAhwAIAAJgDACADAAAAAwAgAQAABAAwAgAABQAgCQMAAIoDACDQAQAAlwMAMNEBAAAHABDSAQAAlwMAMOMBAQDPAgAh6AFAAPUCACGTAkAA9QIAIa0CQAD1AgAhrwIBAM8CACEBAwAAwAUAIAkDAACKAwAg0AEAAJcDADDRAQAABwAQ0gEAAJcDADDjAQEAzwIAIegBQAD1AgAhkwJAAPUCACGtAkAA9QIAIa8CAQAAAAEDAAAABwAgAQAACAAwAgAACQAgCgMAAIoDACAHAACFAwAg0AEAAJYDADDRAQAACwAQ0gEAAJYDADDiAQEAzwIAIeMBAQDPAgAh6AFAAPUCACGfAgAAlAOfAiKkAgIAhAMAIQMDAADABQAgBwAAvwUAIKQCAACaAwAgCwMAAIoDACAHAACFAwAg0AEAAJYDADDRAQAACwAQ0gEAAJYDADDiAQEAzwIAIeMBAQDPAgAh6AFAAPUCACGfAgAAlAOfAiKkAgIAhAMAIb8CAACVAwAgAwAAAAsAIAEAAAwAMAIAAA0AIAMAAAALACABAAAMADACAAANACAOBwAAhQMAIAgAAIoDACDQAQAAkwMAMNEBAAAQABDSAQAAkwMAMOEBAQDPAgAh4gEBAM8CACHoAUAA9QIAIZ0CAQDPAgAhnwIAAJQDnwIioAIBAM8CACGhAgEAzwIAIaICQAD1AgAhowJAANECACEDBwAAvwUAIAgAAMAFACCjAgAAmgMAIA4HAACFAwAgCAAAigMAINABAACTAwAw0QEAABAAENIBAACTAwAw4QEBAAAAAeIBAQDPAgAh6AFAAPUCACGdAgEAzwIAIZ8CAACUA58CIqACAQAAAAGhAgEAzwIAIaICQAD1AgAhowJAANECACEDAAAAEAAgAQAAEQAwAgAAEgAgLgcAAIUDACAKAACKAwAgDwAAkgMAIBAAAJIDACARAACHAwAgEgAA-AIAIBQAAPoCACDQAQAAjwMAMNEBAAAUABDSAQAAjwMAMOEBAQDPAgAh4gEBAM8CACHoAUAA9QIAIfIBAQDPAgAh8wEBAM8CACH0AQEAzwIAIfUBAQDPAgAh9gEBAM8CACH3AQIA0AIAIfgBAQCCAwAh-QEAAOQCACD6AQEAzwIAIfsBAQCCAwAh_QEAAJAD_QEi_gEBAIIDACH_AQEAggMAIYACAQCCAwAhgQIBAIIDACGCAgEAggMAIYMCQADRAgAhhAIAAJEDACCFAkAA0QIAIYYCQADRAgAhhwICANACACGIAkAA0QIAIYkCAgDQAgAhigIBAIIDACGLAgEAggMAIYwCAgDQAgAhjQIBAIIDACGOAiAA9AIAIY8CQADRAgAhkAJAANECACGRAkAA0QIAIZICQADRAgAhkwJAAPUCACEaBwAAvwUAIAoAAMAFACAPAADCBQAgEAAAwgUAIBEAAMEFACASAADTBAAgFAAA1QQAIPgBAACaAwAg-wEAAJoDACD-AQAAmgMAIP8BAACaAwAggAIAAJoDACCBAgAAmgMAIIICAACaAwAggwIAAJoDACCEAgAAmgMAIIUCAACaAwAghgIAAJoDACCIAgAAmgMAIIoCAACaAwAgiwIAAJoDACCNAgAAmgMAII8CAACaAwAgkAIAAJoDACCRAgAAmgMAIJICAACaAwAgLwcAAIUDACAKAACKAwAgDwAAkgMAIBAAAJIDACARAACHAwAgEgAA-AIAIBQAAPoCACDQAQAAjwMAMNEBAAAUABDSAQAAjwMAMOEBAQAAAAHiAQEAzwIAIegBQAD1AgAh8gEBAM8CACHzAQEAzwIAIfQBAQDPAgAh9QEBAM8CACH2AQEAzwIAIfcBAgDQAgAh-AEBAIIDACH5AQAA5AIAIPoBAQDPAgAh-wEBAIIDACH9AQAAkAP9ASL-AQEAggMAIf8BAQCCAwAhgAIBAIIDACGBAgEAggMAIYICAQCCAwAhgwJAANECACGEAgAAkQMAIIUCQADRAgAhhgJAANECACGHAgIA0AIAIYgCQADRAgAhiQICANACACGKAgEAggMAIYsCAQAAAAGMAgIA0AIAIY0CAQCCAwAhjgIgAPQCACGPAkAA0QIAIZACQADRAgAhkQJAANECACGSAkAA0QIAIZMCQAD1AgAhvgIAAI4DACADAAAAFAAgAQAAFQAwAgAAFgAgFAcAAIUDACALAACGAwAgDAAA-AIAIA0AAIcDACDQAQAAgQMAMNEBAAAYABDSAQAAgQMAMOEBAQDPAgAh4gEBAM8CACHkAQEAggMAIeYBAACDA-sBIugBQAD1AgAh6QEBAIIDACHrAQEAzwIAIewBAQDPAgAh7QECANACACHuAQIAhAMAIe8BAgCEAwAh8AEBAM8CACHxAQEAggMAIQEAAAAYACATBAAAjAMAIAUAAI0DACAGAAD2AgAgFAAA-gIAIBUAAPgCACAWAAD5AgAgFwAA9wIAINABAACLAwAw0QEAABoAENIBAACLAwAw4QEBAM8CACHoAUAA9QIAIZMCQAD1AgAhnQIBAM8CACGlAgEAggMAIboCQADRAgAhuwIBAIIDACG8AgEAggMAIb0CAgDQAgAhAQAAABoAIAMAAAAUACABAAAVADACAAAWACABAAAAFAAgAQAAABQAIAEAAAAYACABAAAAFAAgAwAAABQAIAEAABUAMAIAABYAIA0DAACKAwAgBwAAhQMAIBMAAIcDACDQAQAAiAMAMNEBAAAiABDSAQAAiAMAMOEBAQDPAgAh4gEBAM8CACHjAQEAzwIAIeQBAQCCAwAh5gEAAIkD5gEi5wECANACACHoAUAA9QIAIQQDAADABQAgBwAAvwUAIBMAAMEFACDkAQAAmgMAIA0DAACKAwAgBwAAhQMAIBMAAIcDACDQAQAAiAMAMNEBAAAiABDSAQAAiAMAMOEBAQAAAAHiAQEAzwIAIeMBAQDPAgAh5AEBAIIDACHmAQAAiQPmASLnAQIA0AIAIegBQAD1AgAhAwAAACIAIAEAACMAMAIAACQAIAEAAAAUACABAAAAFAAgAQAAACIAIAkHAAC_BQAgCwAAwAUAIAwAANMEACANAADBBQAg5AEAAJoDACDpAQAAmgMAIO4BAACaAwAg7wEAAJoDACDxAQAAmgMAIBQHAACFAwAgCwAAhgMAIAwAAPgCACANAACHAwAg0AEAAIEDADDRAQAAGAAQ0gEAAIEDADDhAQEAAAAB4gEBAM8CACHkAQEAAAAB5gEAAIMD6wEi6AFAAPUCACHpAQEAggMAIesBAQAAAAHsAQEAzwIAIe0BAgDQAgAh7gECAIQDACHvAQIAhAMAIfABAQDPAgAh8QEBAAAAAQMAAAAYACABAAApADACAAAqACADAAAAIgAgAQAAIwAwAgAAJAAgAQAAAAsAIAEAAAAQACABAAAAFAAgAQAAABgAIAEAAAAiACADAAAAFAAgAQAAFQAwAgAAFgAgAwAAABAAIAEAABEAMAIAABIAIAMAAAAiACABAAAjADACAAAkACADAAAAGAAgAQAAKQAwAgAAKgAgAQAAAAMAIAEAAAAHACABAAAACwAgAQAAABQAIAEAAAAQACABAAAAIgAgAQAAABgAIAEAAAABACALBAAAvQUAIAUAAL4FACAGAADRBAAgFAAA1QQAIBUAANMEACAWAADUBAAgFwAA0gQAIKUCAACaAwAgugIAAJoDACC7AgAAmgMAILwCAACaAwAgAwAAABoAIAEAAD4AMAIAAAEAIAMAAAAaACABAAA-ADACAAABACADAAAAGgAgAQAAPgAwAgAAAQAgEAQAALYFACAFAAC3BQAgBgAAuAUAIBQAALsFACAVAAC5BQAgFgAAvAUAIBcAALoFACDhAQEAAAAB6AFAAAAAAZMCQAAAAAGdAgEAAAABpQIBAAAAAboCQAAAAAG7AgEAAAABvAIBAAAAAb0CAgAAAAEBHQAAQgAgCeEBAQAAAAHoAUAAAAABkwJAAAAAAZ0CAQAAAAGlAgEAAAABugJAAAAAAbsCAQAAAAG8AgEAAAABvQICAAAAAQEdAABEADABHQAARAAwEAQAAOoEACAFAADrBAAgBgAA7AQAIBQAAO8EACAVAADtBAAgFgAA8AQAIBcAAO4EACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGdAgEAoAMAIaUCAQCqAwAhugJAAKIDACG7AgEAqgMAIbwCAQCqAwAhvQICAKEDACECAAAAAQAgHQAARwAgCeEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIZ0CAQCgAwAhpQIBAKoDACG6AkAAogMAIbsCAQCqAwAhvAIBAKoDACG9AgIAoQMAIQIAAAAaACAdAABJACACAAAAGgAgHQAASQAgAwAAAAEAICQAAEIAICUAAEcAIAEAAAABACABAAAAGgAgCQ4AAOUEACAqAADmBAAgKwAA6QQAICwAAOgEACAtAADnBAAgpQIAAJoDACC6AgAAmgMAILsCAACaAwAgvAIAAJoDACAM0AEAAIADADDRAQAAUAAQ0gEAAIADADDhAQEAwwIAIegBQADVAgAhkwJAANUCACGdAgEAwwIAIaUCAQDTAgAhugJAAMUCACG7AgEA0wIAIbwCAQDTAgAhvQICAMQCACEDAAAAGgAgAQAATwAwKQAAUAAgAwAAABoAIAEAAD4AMAIAAAEAIAEAAAAFACABAAAABQAgAwAAAAMAIAEAAAQAMAIAAAUAIAMAAAADACABAAAEADACAAAFACADAAAAAwAgAQAABAAwAgAABQAgDgMAAOQEACDjAQEAAAAB6AFAAAAAAZMCQAAAAAGwAgEAAAABsQIBAAAAAbICAQAAAAGzAgEAAAABtAIBAAAAAbUCAgAAAAG2AgEAAAABtwIBAAAAAbgCAQAAAAG5AgEAAAABAR0AAFgAIA3jAQEAAAAB6AFAAAAAAZMCQAAAAAGwAgEAAAABsQIBAAAAAbICAQAAAAGzAgEAAAABtAIBAAAAAbUCAgAAAAG2AgEAAAABtwIBAAAAAbgCAQAAAAG5AgEAAAABAR0AAFoAMAEdAABaADAOAwAA4wQAIOMBAQCgAwAh6AFAAKkDACGTAkAAqQMAIbACAQCgAwAhsQIBAKADACGyAgEAoAMAIbMCAQCqAwAhtAIBAKoDACG1AgIAtwMAIbYCAQCqAwAhtwIBAKoDACG4AgEAqgMAIbkCAQCqAwAhAgAAAAUAIB0AAF0AIA3jAQEAoAMAIegBQACpAwAhkwJAAKkDACGwAgEAoAMAIbECAQCgAwAhsgIBAKADACGzAgEAqgMAIbQCAQCqAwAhtQICALcDACG2AgEAqgMAIbcCAQCqAwAhuAIBAKoDACG5AgEAqgMAIQIAAAADACAdAABfACACAAAAAwAgHQAAXwAgAwAAAAUAICQAAFgAICUAAF0AIAEAAAAFACABAAAAAwAgDA4AAN4EACAqAADfBAAgKwAA4gQAICwAAOEEACAtAADgBAAgswIAAJoDACC0AgAAmgMAILUCAACaAwAgtgIAAJoDACC3AgAAmgMAILgCAACaAwAguQIAAJoDACAQ0AEAAP8CADDRAQAAZgAQ0gEAAP8CADDjAQEAwwIAIegBQADVAgAhkwJAANUCACGwAgEAwwIAIbECAQDDAgAhsgIBAMMCACGzAgEA0wIAIbQCAQDTAgAhtQICAN4CACG2AgEA0wIAIbcCAQDTAgAhuAIBANMCACG5AgEA0wIAIQMAAAADACABAABlADApAABmACADAAAAAwAgAQAABAAwAgAABQAgAQAAAAkAIAEAAAAJACADAAAABwAgAQAACAAwAgAACQAgAwAAAAcAIAEAAAgAMAIAAAkAIAMAAAAHACABAAAIADACAAAJACAGAwAA3QQAIOMBAQAAAAHoAUAAAAABkwJAAAAAAa0CQAAAAAGvAgEAAAABAR0AAG4AIAXjAQEAAAAB6AFAAAAAAZMCQAAAAAGtAkAAAAABrwIBAAAAAQEdAABwADABHQAAcAAwBgMAANwEACDjAQEAoAMAIegBQACpAwAhkwJAAKkDACGtAkAAqQMAIa8CAQCgAwAhAgAAAAkAIB0AAHMAIAXjAQEAoAMAIegBQACpAwAhkwJAAKkDACGtAkAAqQMAIa8CAQCgAwAhAgAAAAcAIB0AAHUAIAIAAAAHACAdAAB1ACADAAAACQAgJAAAbgAgJQAAcwAgAQAAAAkAIAEAAAAHACADDgAA2QQAICwAANsEACAtAADaBAAgCNABAAD-AgAw0QEAAHwAENIBAAD-AgAw4wEBAMMCACHoAUAA1QIAIZMCQADVAgAhrQJAANUCACGvAgEAwwIAIQMAAAAHACABAAB7ADApAAB8ACADAAAABwAgAQAACAAwAgAACQAgB9ABAAD8AgAw0QEAAIIBABDSAQAA_AIAMKsCAQDPAgAhrAIBAM8CACGtAkAA9QIAIa4CAAD9AgAgAQAAAH8AIAEAAAB_ACAG0AEAAPwCADDRAQAAggEAENIBAAD8AgAwqwIBAM8CACGsAgEAzwIAIa0CQAD1AgAhAAMAAACCAQAgAQAAgwEAMAIAAH8AIAMAAACCAQAgAQAAgwEAMAIAAH8AIAMAAACCAQAgAQAAgwEAMAIAAH8AIAOrAgEAAAABrAIBAAAAAa0CQAAAAAEBHQAAhwEAIAOrAgEAAAABrAIBAAAAAa0CQAAAAAEBHQAAiQEAMAEdAACJAQAwA6sCAQCgAwAhrAIBAKADACGtAkAAqQMAIQIAAAB_ACAdAACMAQAgA6sCAQCgAwAhrAIBAKADACGtAkAAqQMAIQIAAACCAQAgHQAAjgEAIAIAAACCAQAgHQAAjgEAIAMAAAB_ACAkAACHAQAgJQAAjAEAIAEAAAB_ACABAAAAggEAIAMOAADWBAAgLAAA2AQAIC0AANcEACAG0AEAAPsCADDRAQAAlQEAENIBAAD7AgAwqwIBAMMCACGsAgEAwwIAIa0CQADVAgAhAwAAAIIBACABAACUAQAwKQAAlQEAIAMAAACCAQAgAQAAgwEAMAIAAH8AIA4GAAD2AgAgCQAA9wIAIBQAAPoCACAVAAD4AgAgFgAA-QIAINABAADzAgAw0QEAAJsBABDSAQAA8wIAMOEBAQAAAAHoAUAA9QIAIZMCQAD1AgAhpQIBAM8CACGmAgEAAAABpwIgAPQCACEBAAAAmAEAIAEAAACYAQAgDgYAAPYCACAJAAD3AgAgFAAA-gIAIBUAAPgCACAWAAD5AgAg0AEAAPMCADDRAQAAmwEAENIBAADzAgAw4QEBAM8CACHoAUAA9QIAIZMCQAD1AgAhpQIBAM8CACGmAgEAzwIAIacCIAD0AgAhBQYAANEEACAJAADSBAAgFAAA1QQAIBUAANMEACAWAADUBAAgAwAAAJsBACABAACcAQAwAgAAmAEAIAMAAACbAQAgAQAAnAEAMAIAAJgBACADAAAAmwEAIAEAAJwBADACAACYAQAgCwYAAMwEACAJAADNBAAgFAAA0AQAIBUAAM4EACAWAADPBAAg4QEBAAAAAegBQAAAAAGTAkAAAAABpQIBAAAAAaYCAQAAAAGnAiAAAAABAR0AAKABACAG4QEBAAAAAegBQAAAAAGTAkAAAAABpQIBAAAAAaYCAQAAAAGnAiAAAAABAR0AAKIBADABHQAAogEAMAsGAACRBAAgCQAAkgQAIBQAAJUEACAVAACTBAAgFgAAlAQAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIaUCAQCgAwAhpgIBAKADACGnAiAAwwMAIQIAAACYAQAgHQAApQEAIAbhAQEAoAMAIegBQACpAwAhkwJAAKkDACGlAgEAoAMAIaYCAQCgAwAhpwIgAMMDACECAAAAmwEAIB0AAKcBACACAAAAmwEAIB0AAKcBACADAAAAmAEAICQAAKABACAlAAClAQAgAQAAAJgBACABAAAAmwEAIAMOAACOBAAgLAAAkAQAIC0AAI8EACAJ0AEAAPICADDRAQAArgEAENIBAADyAgAw4QEBAMMCACHoAUAA1QIAIZMCQADVAgAhpQIBAMMCACGmAgEAwwIAIacCIADnAgAhAwAAAJsBACABAACtAQAwKQAArgEAIAMAAACbAQAgAQAAnAEAMAIAAJgBACABAAAADQAgAQAAAA0AIAMAAAALACABAAAMADACAAANACADAAAACwAgAQAADAAwAgAADQAgAwAAAAsAIAEAAAwAMAIAAA0AIAcDAACMBAAgBwAAjQQAIOIBAQAAAAHjAQEAAAAB6AFAAAAAAZ8CAAAAnwICpAICAAAAAQEdAAC2AQAgBeIBAQAAAAHjAQEAAAAB6AFAAAAAAZ8CAAAAnwICpAICAAAAAQEdAAC4AQAwAR0AALgBADAHAwAAigQAIAcAAIsEACDiAQEAoAMAIeMBAQCgAwAh6AFAAKkDACGfAgAAgASfAiKkAgIAtwMAIQIAAAANACAdAAC7AQAgBeIBAQCgAwAh4wEBAKADACHoAUAAqQMAIZ8CAACABJ8CIqQCAgC3AwAhAgAAAAsAIB0AAL0BACACAAAACwAgHQAAvQEAIAMAAAANACAkAAC2AQAgJQAAuwEAIAEAAAANACABAAAACwAgBg4AAIUEACAqAACGBAAgKwAAiQQAICwAAIgEACAtAACHBAAgpAIAAJoDACAI0AEAAPECADDRAQAAxAEAENIBAADxAgAw4gEBAMMCACHjAQEAwwIAIegBQADVAgAhnwIAAO4CnwIipAICAN4CACEDAAAACwAgAQAAwwEAMCkAAMQBACADAAAACwAgAQAADAAwAgAADQAgAQAAABIAIAEAAAASACADAAAAEAAgAQAAEQAwAgAAEgAgAwAAABAAIAEAABEAMAIAABIAIAMAAAAQACABAAARADACAAASACALBwAAgwQAIAgAAIQEACDhAQEAAAAB4gEBAAAAAegBQAAAAAGdAgEAAAABnwIAAACfAgKgAgEAAAABoQIBAAAAAaICQAAAAAGjAkAAAAABAR0AAMwBACAJ4QEBAAAAAeIBAQAAAAHoAUAAAAABnQIBAAAAAZ8CAAAAnwICoAIBAAAAAaECAQAAAAGiAkAAAAABowJAAAAAAQEdAADOAQAwAR0AAM4BADALBwAAgQQAIAgAAIIEACDhAQEAoAMAIeIBAQCgAwAh6AFAAKkDACGdAgEAoAMAIZ8CAACABJ8CIqACAQCgAwAhoQIBAKADACGiAkAAqQMAIaMCQACiAwAhAgAAABIAIB0AANEBACAJ4QEBAKADACHiAQEAoAMAIegBQACpAwAhnQIBAKADACGfAgAAgASfAiKgAgEAoAMAIaECAQCgAwAhogJAAKkDACGjAkAAogMAIQIAAAAQACAdAADTAQAgAgAAABAAIB0AANMBACADAAAAEgAgJAAAzAEAICUAANEBACABAAAAEgAgAQAAABAAIAQOAAD9AwAgLAAA_wMAIC0AAP4DACCjAgAAmgMAIAzQAQAA7QIAMNEBAADaAQAQ0gEAAO0CADDhAQEAwwIAIeIBAQDDAgAh6AFAANUCACGdAgEAwwIAIZ8CAADuAp8CIqACAQDDAgAhoQIBAMMCACGiAkAA1QIAIaMCQADFAgAhAwAAABAAIAEAANkBADApAADaAQAgAwAAABAAIAEAABEAMAIAABIAIAEAAAAWACABAAAAFgAgAwAAABQAIAEAABUAMAIAABYAIAMAAAAUACABAAAVADACAAAWACADAAAAFAAgAQAAFQAwAgAAFgAgKwcAAOQDACAKAADlAwAgDwAA5gMAIBAAAOcDACARAADqAwAgEgAA6AMAIBQAAOkDACDhAQEAAAAB4gEBAAAAAegBQAAAAAHyAQEAAAAB8wEBAAAAAfQBAQAAAAH1AQEAAAAB9gEBAAAAAfcBAgAAAAH4AQEAAAAB-QEAAOMDACD6AQEAAAAB-wEBAAAAAf0BAAAA_QEC_gEBAAAAAf8BAQAAAAGAAgEAAAABgQIBAAAAAYICAQAAAAGDAkAAAAABhAKAAAAAAYUCQAAAAAGGAkAAAAABhwICAAAAAYgCQAAAAAGJAgIAAAABigIBAAAAAYsCAQAAAAGMAgIAAAABjQIBAAAAAY4CIAAAAAGPAkAAAAABkAJAAAAAAZECQAAAAAGSAkAAAAABkwJAAAAAAQEdAADiAQAgJOEBAQAAAAHiAQEAAAAB6AFAAAAAAfIBAQAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH7AQEAAAAB_QEAAAD9AQL-AQEAAAAB_wEBAAAAAYACAQAAAAGBAgEAAAABggIBAAAAAYMCQAAAAAGEAoAAAAABhQJAAAAAAYYCQAAAAAGHAgIAAAABiAJAAAAAAYkCAgAAAAGKAgEAAAABiwIBAAAAAYwCAgAAAAGNAgEAAAABjgIgAAAAAY8CQAAAAAGQAkAAAAABkQJAAAAAAZICQAAAAAGTAkAAAAABAR0AAOQBADABHQAA5AEAMAEAAAAYACABAAAAGAAgAQAAABQAICsHAADEAwAgCgAAxQMAIA8AAMYDACAQAADhAwAgEQAAxwMAIBIAAMgDACAUAADJAwAg4QEBAKADACHiAQEAoAMAIegBQACpAwAh8gEBAKADACHzAQEAoAMAIfQBAQCgAwAh9QEBAKADACH2AQEAoAMAIfcBAgChAwAh-AEBAKoDACH5AQAAwQMAIPoBAQCgAwAh-wEBAKoDACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhiwIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhAgAAABYAIB0AAOoBACAk4QEBAKADACHiAQEAoAMAIegBQACpAwAh8gEBAKADACHzAQEAoAMAIfQBAQCgAwAh9QEBAKADACH2AQEAoAMAIfcBAgChAwAh-AEBAKoDACH5AQAAwQMAIPoBAQCgAwAh-wEBAKoDACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhiwIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhAgAAABQAIB0AAOwBACACAAAAFAAgHQAA7AEAIAEAAAAYACABAAAAGAAgAQAAABQAIAMAAAAWACAkAADiAQAgJQAA6gEAIAEAAAAWACABAAAAFAAgGA4AAPgDACAqAAD5AwAgKwAA_AMAICwAAPsDACAtAAD6AwAg-AEAAJoDACD7AQAAmgMAIP4BAACaAwAg_wEAAJoDACCAAgAAmgMAIIECAACaAwAgggIAAJoDACCDAgAAmgMAIIQCAACaAwAghQIAAJoDACCGAgAAmgMAIIgCAACaAwAgigIAAJoDACCLAgAAmgMAII0CAACaAwAgjwIAAJoDACCQAgAAmgMAIJECAACaAwAgkgIAAJoDACAn0AEAAOMCADDRAQAA9gEAENIBAADjAgAw4QEBAMMCACHiAQEAwwIAIegBQADVAgAh8gEBAMMCACHzAQEAwwIAIfQBAQDDAgAh9QEBAMMCACH2AQEAwwIAIfcBAgDEAgAh-AEBANMCACH5AQAA5AIAIPoBAQDDAgAh-wEBANMCACH9AQAA5QL9ASL-AQEA0wIAIf8BAQDTAgAhgAIBANMCACGBAgEA0wIAIYICAQDTAgAhgwJAAMUCACGEAgAA5gIAIIUCQADFAgAhhgJAAMUCACGHAgIAxAIAIYgCQADFAgAhiQICAMQCACGKAgEA0wIAIYsCAQDTAgAhjAICAMQCACGNAgEA0wIAIY4CIADnAgAhjwJAAMUCACGQAkAAxQIAIZECQADFAgAhkgJAAMUCACGTAkAA1QIAIQMAAAAUACABAAD1AQAwKQAA9gEAIAMAAAAUACABAAAVADACAAAWACABAAAAKgAgAQAAACoAIAMAAAAYACABAAApADACAAAqACADAAAAGAAgAQAAKQAwAgAAKgAgAwAAABgAIAEAACkAMAIAACoAIBEHAAD0AwAgCwAA9QMAIAwAAPYDACANAAD3AwAg4QEBAAAAAeIBAQAAAAHkAQEAAAAB5gEAAADrAQLoAUAAAAAB6QEBAAAAAesBAQAAAAHsAQEAAAAB7QECAAAAAe4BAgAAAAHvAQIAAAAB8AEBAAAAAfEBAQAAAAEBHQAA_gEAIA3hAQEAAAAB4gEBAAAAAeQBAQAAAAHmAQAAAOsBAugBQAAAAAHpAQEAAAAB6wEBAAAAAewBAQAAAAHtAQIAAAAB7gECAAAAAe8BAgAAAAHwAQEAAAAB8QEBAAAAAQEdAACAAgAwAR0AAIACADABAAAAGgAgEQcAALgDACALAAC5AwAgDAAAugMAIA0AALsDACDhAQEAoAMAIeIBAQCgAwAh5AEBAKoDACHmAQAAtgPrASLoAUAAqQMAIekBAQCqAwAh6wEBAKADACHsAQEAoAMAIe0BAgChAwAh7gECALcDACHvAQIAtwMAIfABAQCgAwAh8QEBAKoDACECAAAAKgAgHQAAhAIAIA3hAQEAoAMAIeIBAQCgAwAh5AEBAKoDACHmAQAAtgPrASLoAUAAqQMAIekBAQCqAwAh6wEBAKADACHsAQEAoAMAIe0BAgChAwAh7gECALcDACHvAQIAtwMAIfABAQCgAwAh8QEBAKoDACECAAAAGAAgHQAAhgIAIAIAAAAYACAdAACGAgAgAQAAABoAIAMAAAAqACAkAAD-AQAgJQAAhAIAIAEAAAAqACABAAAAGAAgCg4AALEDACAqAACyAwAgKwAAtQMAICwAALQDACAtAACzAwAg5AEAAJoDACDpAQAAmgMAIO4BAACaAwAg7wEAAJoDACDxAQAAmgMAIBDQAQAA3AIAMNEBAACOAgAQ0gEAANwCADDhAQEAwwIAIeIBAQDDAgAh5AEBANMCACHmAQAA3QLrASLoAUAA1QIAIekBAQDTAgAh6wEBAMMCACHsAQEAwwIAIe0BAgDEAgAh7gECAN4CACHvAQIA3gIAIfABAQDDAgAh8QEBANMCACEDAAAAGAAgAQAAjQIAMCkAAI4CACADAAAAGAAgAQAAKQAwAgAAKgAgAQAAACQAIAEAAAAkACADAAAAIgAgAQAAIwAwAgAAJAAgAwAAACIAIAEAACMAMAIAACQAIAMAAAAiACABAAAjADACAAAkACAKAwAArwMAIAcAAK4DACATAACwAwAg4QEBAAAAAeIBAQAAAAHjAQEAAAAB5AEBAAAAAeYBAAAA5gEC5wECAAAAAegBQAAAAAEBHQAAlgIAIAfhAQEAAAAB4gEBAAAAAeMBAQAAAAHkAQEAAAAB5gEAAADmAQLnAQIAAAAB6AFAAAAAAQEdAACYAgAwAR0AAJgCADABAAAAFAAgCgMAAKwDACAHAACrAwAgEwAArQMAIOEBAQCgAwAh4gEBAKADACHjAQEAoAMAIeQBAQCqAwAh5gEAAKgD5gEi5wECAKEDACHoAUAAqQMAIQIAAAAkACAdAACcAgAgB-EBAQCgAwAh4gEBAKADACHjAQEAoAMAIeQBAQCqAwAh5gEAAKgD5gEi5wECAKEDACHoAUAAqQMAIQIAAAAiACAdAACeAgAgAgAAACIAIB0AAJ4CACABAAAAFAAgAwAAACQAICQAAJYCACAlAACcAgAgAQAAACQAIAEAAAAiACAGDgAAowMAICoAAKQDACArAACnAwAgLAAApgMAIC0AAKUDACDkAQAAmgMAIArQAQAA0gIAMNEBAACmAgAQ0gEAANICADDhAQEAwwIAIeIBAQDDAgAh4wEBAMMCACHkAQEA0wIAIeYBAADUAuYBIucBAgDEAgAh6AFAANUCACEDAAAAIgAgAQAApQIAMCkAAKYCACADAAAAIgAgAQAAIwAwAgAAJAAgBtABAADOAgAw0QEAAKwCABDSAQAAzgIAMNMBAQAAAAHUAQIA0AIAIdUBQADRAgAhAQAAAKkCACABAAAAqQIAIAbQAQAAzgIAMNEBAACsAgAQ0gEAAM4CADDTAQEAzwIAIdQBAgDQAgAh1QFAANECACEB1QEAAJoDACADAAAArAIAIAEAAK0CADACAACpAgAgAwAAAKwCACABAACtAgAwAgAAqQIAIAMAAACsAgAgAQAArQIAMAIAAKkCACAD0wEBAAAAAdQBAgAAAAHVAUAAAAABAR0AALECACAD0wEBAAAAAdQBAgAAAAHVAUAAAAABAR0AALMCADABHQAAswIAMAPTAQEAoAMAIdQBAgChAwAh1QFAAKIDACECAAAAqQIAIB0AALYCACAD0wEBAKADACHUAQIAoQMAIdUBQACiAwAhAgAAAKwCACAdAAC4AgAgAgAAAKwCACAdAAC4AgAgAwAAAKkCACAkAACxAgAgJQAAtgIAIAEAAACpAgAgAQAAAKwCACAGDgAAmwMAICoAAJwDACArAACfAwAgLAAAngMAIC0AAJ0DACDVAQAAmgMAIAbQAQAAwgIAMNEBAAC_AgAQ0gEAAMICADDTAQEAwwIAIdQBAgDEAgAh1QFAAMUCACEDAAAArAIAIAEAAL4CADApAAC_AgAgAwAAAKwCACABAACtAgAwAgAAqQIAIAbQAQAAwgIAMNEBAAC_AgAQ0gEAAMICADDTAQEAwwIAIdQBAgDEAgAh1QFAAMUCACEODgAAygIAICwAAM0CACAtAADNAgAg1gEBAAAAAdcBAQAAAATYAQEAAAAE2QEBAAAAAdoBAQAAAAHbAQEAAAAB3AEBAAAAAd0BAQDMAgAh3gEBAAAAAd8BAQAAAAHgAQEAAAABDQ4AAMoCACAqAADLAgAgKwAAygIAICwAAMoCACAtAADKAgAg1gECAAAAAdcBAgAAAATYAQIAAAAE2QECAAAAAdoBAgAAAAHbAQIAAAAB3AECAAAAAd0BAgDJAgAhCw4AAMcCACAsAADIAgAgLQAAyAIAINYBQAAAAAHXAUAAAAAF2AFAAAAABdkBQAAAAAHaAUAAAAAB2wFAAAAAAdwBQAAAAAHdAUAAxgIAIQsOAADHAgAgLAAAyAIAIC0AAMgCACDWAUAAAAAB1wFAAAAABdgBQAAAAAXZAUAAAAAB2gFAAAAAAdsBQAAAAAHcAUAAAAAB3QFAAMYCACEI1gECAAAAAdcBAgAAAAXYAQIAAAAF2QECAAAAAdoBAgAAAAHbAQIAAAAB3AECAAAAAd0BAgDHAgAhCNYBQAAAAAHXAUAAAAAF2AFAAAAABdkBQAAAAAHaAUAAAAAB2wFAAAAAAdwBQAAAAAHdAUAAyAIAIQ0OAADKAgAgKgAAywIAICsAAMoCACAsAADKAgAgLQAAygIAINYBAgAAAAHXAQIAAAAE2AECAAAABNkBAgAAAAHaAQIAAAAB2wECAAAAAdwBAgAAAAHdAQIAyQIAIQjWAQIAAAAB1wECAAAABNgBAgAAAATZAQIAAAAB2gECAAAAAdsBAgAAAAHcAQIAAAAB3QECAMoCACEI1gEIAAAAAdcBCAAAAATYAQgAAAAE2QEIAAAAAdoBCAAAAAHbAQgAAAAB3AEIAAAAAd0BCADLAgAhDg4AAMoCACAsAADNAgAgLQAAzQIAINYBAQAAAAHXAQEAAAAE2AEBAAAABNkBAQAAAAHaAQEAAAAB2wEBAAAAAdwBAQAAAAHdAQEAzAIAId4BAQAAAAHfAQEAAAAB4AEBAAAAAQvWAQEAAAAB1wEBAAAABNgBAQAAAATZAQEAAAAB2gEBAAAAAdsBAQAAAAHcAQEAAAAB3QEBAM0CACHeAQEAAAAB3wEBAAAAAeABAQAAAAEG0AEAAM4CADDRAQAArAIAENIBAADOAgAw0wEBAM8CACHUAQIA0AIAIdUBQADRAgAhC9YBAQAAAAHXAQEAAAAE2AEBAAAABNkBAQAAAAHaAQEAAAAB2wEBAAAAAdwBAQAAAAHdAQEAzQIAId4BAQAAAAHfAQEAAAAB4AEBAAAAAQjWAQIAAAAB1wECAAAABNgBAgAAAATZAQIAAAAB2gECAAAAAdsBAgAAAAHcAQIAAAAB3QECAMoCACEI1gFAAAAAAdcBQAAAAAXYAUAAAAAF2QFAAAAAAdoBQAAAAAHbAUAAAAAB3AFAAAAAAd0BQADIAgAhCtABAADSAgAw0QEAAKYCABDSAQAA0gIAMOEBAQDDAgAh4gEBAMMCACHjAQEAwwIAIeQBAQDTAgAh5gEAANQC5gEi5wECAMQCACHoAUAA1QIAIQ4OAADHAgAgLAAA2wIAIC0AANsCACDWAQEAAAAB1wEBAAAABdgBAQAAAAXZAQEAAAAB2gEBAAAAAdsBAQAAAAHcAQEAAAAB3QEBANoCACHeAQEAAAAB3wEBAAAAAeABAQAAAAEHDgAAygIAICwAANkCACAtAADZAgAg1gEAAADmAQLXAQAAAOYBCNgBAAAA5gEI3QEAANgC5gEiCw4AAMoCACAsAADXAgAgLQAA1wIAINYBQAAAAAHXAUAAAAAE2AFAAAAABNkBQAAAAAHaAUAAAAAB2wFAAAAAAdwBQAAAAAHdAUAA1gIAIQsOAADKAgAgLAAA1wIAIC0AANcCACDWAUAAAAAB1wFAAAAABNgBQAAAAATZAUAAAAAB2gFAAAAAAdsBQAAAAAHcAUAAAAAB3QFAANYCACEI1gFAAAAAAdcBQAAAAATYAUAAAAAE2QFAAAAAAdoBQAAAAAHbAUAAAAAB3AFAAAAAAd0BQADXAgAhBw4AAMoCACAsAADZAgAgLQAA2QIAINYBAAAA5gEC1wEAAADmAQjYAQAAAOYBCN0BAADYAuYBIgTWAQAAAOYBAtcBAAAA5gEI2AEAAADmAQjdAQAA2QLmASIODgAAxwIAICwAANsCACAtAADbAgAg1gEBAAAAAdcBAQAAAAXYAQEAAAAF2QEBAAAAAdoBAQAAAAHbAQEAAAAB3AEBAAAAAd0BAQDaAgAh3gEBAAAAAd8BAQAAAAHgAQEAAAABC9YBAQAAAAHXAQEAAAAF2AEBAAAABdkBAQAAAAHaAQEAAAAB2wEBAAAAAdwBAQAAAAHdAQEA2wIAId4BAQAAAAHfAQEAAAAB4AEBAAAAARDQAQAA3AIAMNEBAACOAgAQ0gEAANwCADDhAQEAwwIAIeIBAQDDAgAh5AEBANMCACHmAQAA3QLrASLoAUAA1QIAIekBAQDTAgAh6wEBAMMCACHsAQEAwwIAIe0BAgDEAgAh7gECAN4CACHvAQIA3gIAIfABAQDDAgAh8QEBANMCACEHDgAAygIAICwAAOICACAtAADiAgAg1gEAAADrAQLXAQAAAOsBCNgBAAAA6wEI3QEAAOEC6wEiDQ4AAMcCACAqAADgAgAgKwAAxwIAICwAAMcCACAtAADHAgAg1gECAAAAAdcBAgAAAAXYAQIAAAAF2QECAAAAAdoBAgAAAAHbAQIAAAAB3AECAAAAAd0BAgDfAgAhDQ4AAMcCACAqAADgAgAgKwAAxwIAICwAAMcCACAtAADHAgAg1gECAAAAAdcBAgAAAAXYAQIAAAAF2QECAAAAAdoBAgAAAAHbAQIAAAAB3AECAAAAAd0BAgDfAgAhCNYBCAAAAAHXAQgAAAAF2AEIAAAABdkBCAAAAAHaAQgAAAAB2wEIAAAAAdwBCAAAAAHdAQgA4AIAIQcOAADKAgAgLAAA4gIAIC0AAOICACDWAQAAAOsBAtcBAAAA6wEI2AEAAADrAQjdAQAA4QLrASIE1gEAAADrAQLXAQAAAOsBCNgBAAAA6wEI3QEAAOIC6wEiJ9ABAADjAgAw0QEAAPYBABDSAQAA4wIAMOEBAQDDAgAh4gEBAMMCACHoAUAA1QIAIfIBAQDDAgAh8wEBAMMCACH0AQEAwwIAIfUBAQDDAgAh9gEBAMMCACH3AQIAxAIAIfgBAQDTAgAh-QEAAOQCACD6AQEAwwIAIfsBAQDTAgAh_QEAAOUC_QEi_gEBANMCACH_AQEA0wIAIYACAQDTAgAhgQIBANMCACGCAgEA0wIAIYMCQADFAgAhhAIAAOYCACCFAkAAxQIAIYYCQADFAgAhhwICAMQCACGIAkAAxQIAIYkCAgDEAgAhigIBANMCACGLAgEA0wIAIYwCAgDEAgAhjQIBANMCACGOAiAA5wIAIY8CQADFAgAhkAJAAMUCACGRAkAAxQIAIZICQADFAgAhkwJAANUCACEE1gEBAAAABZoCAQAAAAGbAgEAAAAEnAIBAAAABAcOAADKAgAgLAAA7AIAIC0AAOwCACDWAQAAAP0BAtcBAAAA_QEI2AEAAAD9AQjdAQAA6wL9ASIPDgAAxwIAICwAAOoCACAtAADqAgAg1gGAAAAAAdkBgAAAAAHaAYAAAAAB2wGAAAAAAdwBgAAAAAHdAYAAAAABlAIBAAAAAZUCAQAAAAGWAgEAAAABlwKAAAAAAZgCgAAAAAGZAoAAAAABBQ4AAMoCACAsAADpAgAgLQAA6QIAINYBIAAAAAHdASAA6AIAIQUOAADKAgAgLAAA6QIAIC0AAOkCACDWASAAAAAB3QEgAOgCACEC1gEgAAAAAd0BIADpAgAhDNYBgAAAAAHZAYAAAAAB2gGAAAAAAdsBgAAAAAHcAYAAAAAB3QGAAAAAAZQCAQAAAAGVAgEAAAABlgIBAAAAAZcCgAAAAAGYAoAAAAABmQKAAAAAAQcOAADKAgAgLAAA7AIAIC0AAOwCACDWAQAAAP0BAtcBAAAA_QEI2AEAAAD9AQjdAQAA6wL9ASIE1gEAAAD9AQLXAQAAAP0BCNgBAAAA_QEI3QEAAOwC_QEiDNABAADtAgAw0QEAANoBABDSAQAA7QIAMOEBAQDDAgAh4gEBAMMCACHoAUAA1QIAIZ0CAQDDAgAhnwIAAO4CnwIioAIBAMMCACGhAgEAwwIAIaICQADVAgAhowJAAMUCACEHDgAAygIAICwAAPACACAtAADwAgAg1gEAAACfAgLXAQAAAJ8CCNgBAAAAnwII3QEAAO8CnwIiBw4AAMoCACAsAADwAgAgLQAA8AIAINYBAAAAnwIC1wEAAACfAgjYAQAAAJ8CCN0BAADvAp8CIgTWAQAAAJ8CAtcBAAAAnwII2AEAAACfAgjdAQAA8AKfAiII0AEAAPECADDRAQAAxAEAENIBAADxAgAw4gEBAMMCACHjAQEAwwIAIegBQADVAgAhnwIAAO4CnwIipAICAN4CACEJ0AEAAPICADDRAQAArgEAENIBAADyAgAw4QEBAMMCACHoAUAA1QIAIZMCQADVAgAhpQIBAMMCACGmAgEAwwIAIacCIADnAgAhDgYAAPYCACAJAAD3AgAgFAAA-gIAIBUAAPgCACAWAAD5AgAg0AEAAPMCADDRAQAAmwEAENIBAADzAgAw4QEBAM8CACHoAUAA9QIAIZMCQAD1AgAhpQIBAM8CACGmAgEAzwIAIacCIAD0AgAhAtYBIAAAAAHdASAA6QIAIQjWAUAAAAAB1wFAAAAABNgBQAAAAATZAUAAAAAB2gFAAAAAAdsBQAAAAAHcAUAAAAAB3QFAANcCACEDqAIAAAsAIKkCAAALACCqAgAACwAgA6gCAAAQACCpAgAAEAAgqgIAABAAIAOoAgAAFAAgqQIAABQAIKoCAAAUACADqAIAABgAIKkCAAAYACCqAgAAGAAgA6gCAAAiACCpAgAAIgAgqgIAACIAIAbQAQAA-wIAMNEBAACVAQAQ0gEAAPsCADCrAgEAwwIAIawCAQDDAgAhrQJAANUCACEG0AEAAPwCADDRAQAAggEAENIBAAD8AgAwqwIBAM8CACGsAgEAzwIAIa0CQAD1AgAhAqsCAQAAAAGsAgEAAAABCNABAAD-AgAw0QEAAHwAENIBAAD-AgAw4wEBAMMCACHoAUAA1QIAIZMCQADVAgAhrQJAANUCACGvAgEAwwIAIRDQAQAA_wIAMNEBAABmABDSAQAA_wIAMOMBAQDDAgAh6AFAANUCACGTAkAA1QIAIbACAQDDAgAhsQIBAMMCACGyAgEAwwIAIbMCAQDTAgAhtAIBANMCACG1AgIA3gIAIbYCAQDTAgAhtwIBANMCACG4AgEA0wIAIbkCAQDTAgAhDNABAACAAwAw0QEAAFAAENIBAACAAwAw4QEBAMMCACHoAUAA1QIAIZMCQADVAgAhnQIBAMMCACGlAgEA0wIAIboCQADFAgAhuwIBANMCACG8AgEA0wIAIb0CAgDEAgAhFAcAAIUDACALAACGAwAgDAAA-AIAIA0AAIcDACDQAQAAgQMAMNEBAAAYABDSAQAAgQMAMOEBAQDPAgAh4gEBAM8CACHkAQEAggMAIeYBAACDA-sBIugBQAD1AgAh6QEBAIIDACHrAQEAzwIAIewBAQDPAgAh7QECANACACHuAQIAhAMAIe8BAgCEAwAh8AEBAM8CACHxAQEAggMAIQvWAQEAAAAB1wEBAAAABdgBAQAAAAXZAQEAAAAB2gEBAAAAAdsBAQAAAAHcAQEAAAAB3QEBANsCACHeAQEAAAAB3wEBAAAAAeABAQAAAAEE1gEAAADrAQLXAQAAAOsBCNgBAAAA6wEI3QEAAOIC6wEiCNYBAgAAAAHXAQIAAAAF2AECAAAABdkBAgAAAAHaAQIAAAAB2wECAAAAAdwBAgAAAAHdAQIAxwIAIRAGAAD2AgAgCQAA9wIAIBQAAPoCACAVAAD4AgAgFgAA-QIAINABAADzAgAw0QEAAJsBABDSAQAA8wIAMOEBAQDPAgAh6AFAAPUCACGTAkAA9QIAIaUCAQDPAgAhpgIBAM8CACGnAiAA9AIAIcECAACbAQAgwgIAAJsBACAVBAAAjAMAIAUAAI0DACAGAAD2AgAgFAAA-gIAIBUAAPgCACAWAAD5AgAgFwAA9wIAINABAACLAwAw0QEAABoAENIBAACLAwAw4QEBAM8CACHoAUAA9QIAIZMCQAD1AgAhnQIBAM8CACGlAgEAggMAIboCQADRAgAhuwIBAIIDACG8AgEAggMAIb0CAgDQAgAhwQIAABoAIMICAAAaACAwBwAAhQMAIAoAAIoDACAPAACSAwAgEAAAkgMAIBEAAIcDACASAAD4AgAgFAAA-gIAINABAACPAwAw0QEAABQAENIBAACPAwAw4QEBAM8CACHiAQEAzwIAIegBQAD1AgAh8gEBAM8CACHzAQEAzwIAIfQBAQDPAgAh9QEBAM8CACH2AQEAzwIAIfcBAgDQAgAh-AEBAIIDACH5AQAA5AIAIPoBAQDPAgAh-wEBAIIDACH9AQAAkAP9ASL-AQEAggMAIf8BAQCCAwAhgAIBAIIDACGBAgEAggMAIYICAQCCAwAhgwJAANECACGEAgAAkQMAIIUCQADRAgAhhgJAANECACGHAgIA0AIAIYgCQADRAgAhiQICANACACGKAgEAggMAIYsCAQCCAwAhjAICANACACGNAgEAggMAIY4CIAD0AgAhjwJAANECACGQAkAA0QIAIZECQADRAgAhkgJAANECACGTAkAA9QIAIcECAAAUACDCAgAAFAAgDQMAAIoDACAHAACFAwAgEwAAhwMAINABAACIAwAw0QEAACIAENIBAACIAwAw4QEBAM8CACHiAQEAzwIAIeMBAQDPAgAh5AEBAIIDACHmAQAAiQPmASLnAQIA0AIAIegBQAD1AgAhBNYBAAAA5gEC1wEAAADmAQjYAQAAAOYBCN0BAADZAuYBIhUEAACMAwAgBQAAjQMAIAYAAPYCACAUAAD6AgAgFQAA-AIAIBYAAPkCACAXAAD3AgAg0AEAAIsDADDRAQAAGgAQ0gEAAIsDADDhAQEAzwIAIegBQAD1AgAhkwJAAPUCACGdAgEAzwIAIaUCAQCCAwAhugJAANECACG7AgEAggMAIbwCAQCCAwAhvQICANACACHBAgAAGgAgwgIAABoAIBMEAACMAwAgBQAAjQMAIAYAAPYCACAUAAD6AgAgFQAA-AIAIBYAAPkCACAXAAD3AgAg0AEAAIsDADDRAQAAGgAQ0gEAAIsDADDhAQEAzwIAIegBQAD1AgAhkwJAAPUCACGdAgEAzwIAIaUCAQCCAwAhugJAANECACG7AgEAggMAIbwCAQCCAwAhvQICANACACEDqAIAAAMAIKkCAAADACCqAgAAAwAgA6gCAAAHACCpAgAABwAgqgIAAAcAIALiAQEAAAAB-gEBAAAAAS4HAACFAwAgCgAAigMAIA8AAJIDACAQAACSAwAgEQAAhwMAIBIAAPgCACAUAAD6AgAg0AEAAI8DADDRAQAAFAAQ0gEAAI8DADDhAQEAzwIAIeIBAQDPAgAh6AFAAPUCACHyAQEAzwIAIfMBAQDPAgAh9AEBAM8CACH1AQEAzwIAIfYBAQDPAgAh9wECANACACH4AQEAggMAIfkBAADkAgAg-gEBAM8CACH7AQEAggMAIf0BAACQA_0BIv4BAQCCAwAh_wEBAIIDACGAAgEAggMAIYECAQCCAwAhggIBAIIDACGDAkAA0QIAIYQCAACRAwAghQJAANECACGGAkAA0QIAIYcCAgDQAgAhiAJAANECACGJAgIA0AIAIYoCAQCCAwAhiwIBAIIDACGMAgIA0AIAIY0CAQCCAwAhjgIgAPQCACGPAkAA0QIAIZACQADRAgAhkQJAANECACGSAkAA0QIAIZMCQAD1AgAhBNYBAAAA_QEC1wEAAAD9AQjYAQAAAP0BCN0BAADsAv0BIgzWAYAAAAAB2QGAAAAAAdoBgAAAAAHbAYAAAAAB3AGAAAAAAd0BgAAAAAGUAgEAAAABlQIBAAAAAZYCAQAAAAGXAoAAAAABmAKAAAAAAZkCgAAAAAEWBwAAhQMAIAsAAIYDACAMAAD4AgAgDQAAhwMAINABAACBAwAw0QEAABgAENIBAACBAwAw4QEBAM8CACHiAQEAzwIAIeQBAQCCAwAh5gEAAIMD6wEi6AFAAPUCACHpAQEAggMAIesBAQDPAgAh7AEBAM8CACHtAQIA0AIAIe4BAgCEAwAh7wECAIQDACHwAQEAzwIAIfEBAQCCAwAhwQIAABgAIMICAAAYACAOBwAAhQMAIAgAAIoDACDQAQAAkwMAMNEBAAAQABDSAQAAkwMAMOEBAQDPAgAh4gEBAM8CACHoAUAA9QIAIZ0CAQDPAgAhnwIAAJQDnwIioAIBAM8CACGhAgEAzwIAIaICQAD1AgAhowJAANECACEE1gEAAACfAgLXAQAAAJ8CCNgBAAAAnwII3QEAAPACnwIiAuIBAQAAAAHjAQEAAAABCgMAAIoDACAHAACFAwAg0AEAAJYDADDRAQAACwAQ0gEAAJYDADDiAQEAzwIAIeMBAQDPAgAh6AFAAPUCACGfAgAAlAOfAiKkAgIAhAMAIQkDAACKAwAg0AEAAJcDADDRAQAABwAQ0gEAAJcDADDjAQEAzwIAIegBQAD1AgAhkwJAAPUCACGtAkAA9QIAIa8CAQDPAgAhArECAQAAAAGyAgEAAAABEQMAAIoDACDQAQAAmQMAMNEBAAADABDSAQAAmQMAMOMBAQDPAgAh6AFAAPUCACGTAkAA9QIAIbACAQDPAgAhsQIBAM8CACGyAgEAzwIAIbMCAQCCAwAhtAIBAIIDACG1AgIAhAMAIbYCAQCCAwAhtwIBAIIDACG4AgEAggMAIbkCAQCCAwAhAAAAAAAAAckCAQAAAAEFyQICAAAAAc0CAgAAAAHOAgIAAAABzwICAAAAAdACAgAAAAEByQJAAAAAAQAAAAAAAckCAAAA5gECAckCQAAAAAEByQIBAAAAAQUkAACXBgAgJQAAoAYAIMMCAACYBgAgxAIAAJ8GACDHAgAAmAEAIAUkAACVBgAgJQAAnQYAIMMCAACWBgAgxAIAAJwGACDHAgAAAQAgByQAAJMGACAlAACaBgAgwwIAAJQGACDEAgAAmQYAIMUCAAAUACDGAgAAFAAgxwIAABYAIAMkAACXBgAgwwIAAJgGACDHAgAAmAEAIAMkAACVBgAgwwIAAJYGACDHAgAAAQAgAyQAAJMGACDDAgAAlAYAIMcCAAAWACAAAAAAAAHJAgAAAOsBAgXJAgIAAAABzQICAAAAAc4CAgAAAAHPAgIAAAAB0AICAAAAAQUkAADvBQAgJQAAkQYAIMMCAADwBQAgxAIAAJAGACDHAgAAmAEAIAckAADtBQAgJQAAjgYAIMMCAADuBQAgxAIAAI0GACDFAgAAGgAgxgIAABoAIMcCAAABACALJAAA6wMAMCUAAO8DADDDAgAA7AMAMMQCAADtAwAwxQIAANoDADDGAgAA2gMAMMcCAADaAwAwyAIAAO4DACDJAgAA2gMAMMoCAADwAwAwywIAAN0DADAHJAAAvAMAICUAAL8DACDDAgAAvQMAIMQCAAC-AwAgxQIAABQAIMYCAAAUACDHAgAAFgAgKQcAAOQDACAKAADlAwAgDwAA5gMAIBEAAOoDACASAADoAwAgFAAA6QMAIOEBAQAAAAHiAQEAAAAB6AFAAAAAAfIBAQAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH7AQEAAAAB_QEAAAD9AQL-AQEAAAAB_wEBAAAAAYACAQAAAAGBAgEAAAABggIBAAAAAYMCQAAAAAGEAoAAAAABhQJAAAAAAYYCQAAAAAGHAgIAAAABiAJAAAAAAYkCAgAAAAGKAgEAAAABjAICAAAAAY0CAQAAAAGOAiAAAAABjwJAAAAAAZACQAAAAAGRAkAAAAABkgJAAAAAAZMCQAAAAAECAAAAFgAgJAAAvAMAIAMAAAAUACAkAAC8AwAgJQAAwAMAICsAAAAUACAHAADEAwAgCgAAxQMAIA8AAMYDACARAADHAwAgEgAAyAMAIBQAAMkDACAdAADAAwAg4QEBAKADACHiAQEAoAMAIegBQACpAwAh8gEBAKADACHzAQEAoAMAIfQBAQCgAwAh9QEBAKADACH2AQEAoAMAIfcBAgChAwAh-AEBAKoDACH5AQAAwQMAIPoBAQCgAwAh-wEBAKoDACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhjAICAKEDACGNAgEAqgMAIY4CIADDAwAhjwJAAKIDACGQAkAAogMAIZECQACiAwAhkgJAAKIDACGTAkAAqQMAISkHAADEAwAgCgAAxQMAIA8AAMYDACARAADHAwAgEgAAyAMAIBQAAMkDACDhAQEAoAMAIeIBAQCgAwAh6AFAAKkDACHyAQEAoAMAIfMBAQCgAwAh9AEBAKADACH1AQEAoAMAIfYBAQCgAwAh9wECAKEDACH4AQEAqgMAIfkBAADBAwAg-gEBAKADACH7AQEAqgMAIf0BAADCA_0BIv4BAQCqAwAh_wEBAKoDACGAAgEAqgMAIYECAQCqAwAhggIBAKoDACGDAkAAogMAIYQCgAAAAAGFAkAAogMAIYYCQACiAwAhhwICAKEDACGIAkAAogMAIYkCAgChAwAhigIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhAskCAQAAAATMAgEAAAAFAckCAAAA_QECAckCIAAAAAEFJAAA-gUAICUAAIsGACDDAgAA-wUAIMQCAACKBgAgxwIAAJgBACAFJAAA-AUAICUAAIgGACDDAgAA-QUAIMQCAACHBgAgxwIAAAEAIAckAAD2BQAgJQAAhQYAIMMCAAD3BQAgxAIAAIQGACDFAgAAGAAgxgIAABgAIMcCAAAqACAHJAAA8gUAICUAAIIGACDDAgAA8wUAIMQCAACBBgAgxQIAABQAIMYCAAAUACDHAgAAFgAgCyQAANYDADAlAADbAwAwwwIAANcDADDEAgAA2AMAMMUCAADaAwAwxgIAANoDADDHAgAA2gMAMMgCAADZAwAgyQIAANoDADDKAgAA3AMAMMsCAADdAwAwCyQAAMoDADAlAADPAwAwwwIAAMsDADDEAgAAzAMAMMUCAADOAwAwxgIAAM4DADDHAgAAzgMAMMgCAADNAwAgyQIAAM4DADDKAgAA0AMAMMsCAADRAwAwCAMAAK8DACAHAACuAwAg4QEBAAAAAeIBAQAAAAHjAQEAAAAB5gEAAADmAQLnAQIAAAAB6AFAAAAAAQIAAAAkACAkAADVAwAgAwAAACQAICQAANUDACAlAADUAwAgAR0AAIAGADANAwAAigMAIAcAAIUDACATAACHAwAg0AEAAIgDADDRAQAAIgAQ0gEAAIgDADDhAQEAAAAB4gEBAM8CACHjAQEAzwIAIeQBAQCCAwAh5gEAAIkD5gEi5wECANACACHoAUAA9QIAIQIAAAAkACAdAADUAwAgAgAAANIDACAdAADTAwAgCtABAADRAwAw0QEAANIDABDSAQAA0QMAMOEBAQDPAgAh4gEBAM8CACHjAQEAzwIAIeQBAQCCAwAh5gEAAIkD5gEi5wECANACACHoAUAA9QIAIQrQAQAA0QMAMNEBAADSAwAQ0gEAANEDADDhAQEAzwIAIeIBAQDPAgAh4wEBAM8CACHkAQEAggMAIeYBAACJA-YBIucBAgDQAgAh6AFAAPUCACEG4QEBAKADACHiAQEAoAMAIeMBAQCgAwAh5gEAAKgD5gEi5wECAKEDACHoAUAAqQMAIQgDAACsAwAgBwAAqwMAIOEBAQCgAwAh4gEBAKADACHjAQEAoAMAIeYBAACoA-YBIucBAgChAwAh6AFAAKkDACEIAwAArwMAIAcAAK4DACDhAQEAAAAB4gEBAAAAAeMBAQAAAAHmAQAAAOYBAucBAgAAAAHoAUAAAAABKQcAAOQDACAKAADlAwAgDwAA5gMAIBAAAOcDACASAADoAwAgFAAA6QMAIOEBAQAAAAHiAQEAAAAB6AFAAAAAAfIBAQAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH9AQAAAP0BAv4BAQAAAAH_AQEAAAABgAIBAAAAAYECAQAAAAGCAgEAAAABgwJAAAAAAYQCgAAAAAGFAkAAAAABhgJAAAAAAYcCAgAAAAGIAkAAAAABiQICAAAAAYoCAQAAAAGLAgEAAAABjAICAAAAAY0CAQAAAAGOAiAAAAABjwJAAAAAAZACQAAAAAGRAkAAAAABkgJAAAAAAZMCQAAAAAECAAAAFgAgJAAA4gMAIAMAAAAWACAkAADiAwAgJQAA4AMAIAEdAAD_BQAwLwcAAIUDACAKAACKAwAgDwAAkgMAIBAAAJIDACARAACHAwAgEgAA-AIAIBQAAPoCACDQAQAAjwMAMNEBAAAUABDSAQAAjwMAMOEBAQAAAAHiAQEAzwIAIegBQAD1AgAh8gEBAM8CACHzAQEAzwIAIfQBAQDPAgAh9QEBAM8CACH2AQEAzwIAIfcBAgDQAgAh-AEBAIIDACH5AQAA5AIAIPoBAQDPAgAh-wEBAIIDACH9AQAAkAP9ASL-AQEAggMAIf8BAQCCAwAhgAIBAIIDACGBAgEAggMAIYICAQCCAwAhgwJAANECACGEAgAAkQMAIIUCQADRAgAhhgJAANECACGHAgIA0AIAIYgCQADRAgAhiQICANACACGKAgEAggMAIYsCAQAAAAGMAgIA0AIAIY0CAQCCAwAhjgIgAPQCACGPAkAA0QIAIZACQADRAgAhkQJAANECACGSAkAA0QIAIZMCQAD1AgAhvgIAAI4DACACAAAAFgAgHQAA4AMAIAIAAADeAwAgHQAA3wMAICfQAQAA3QMAMNEBAADeAwAQ0gEAAN0DADDhAQEAzwIAIeIBAQDPAgAh6AFAAPUCACHyAQEAzwIAIfMBAQDPAgAh9AEBAM8CACH1AQEAzwIAIfYBAQDPAgAh9wECANACACH4AQEAggMAIfkBAADkAgAg-gEBAM8CACH7AQEAggMAIf0BAACQA_0BIv4BAQCCAwAh_wEBAIIDACGAAgEAggMAIYECAQCCAwAhggIBAIIDACGDAkAA0QIAIYQCAACRAwAghQJAANECACGGAkAA0QIAIYcCAgDQAgAhiAJAANECACGJAgIA0AIAIYoCAQCCAwAhiwIBAIIDACGMAgIA0AIAIY0CAQCCAwAhjgIgAPQCACGPAkAA0QIAIZACQADRAgAhkQJAANECACGSAkAA0QIAIZMCQAD1AgAhJ9ABAADdAwAw0QEAAN4DABDSAQAA3QMAMOEBAQDPAgAh4gEBAM8CACHoAUAA9QIAIfIBAQDPAgAh8wEBAM8CACH0AQEAzwIAIfUBAQDPAgAh9gEBAM8CACH3AQIA0AIAIfgBAQCCAwAh-QEAAOQCACD6AQEAzwIAIfsBAQCCAwAh_QEAAJAD_QEi_gEBAIIDACH_AQEAggMAIYACAQCCAwAhgQIBAIIDACGCAgEAggMAIYMCQADRAgAhhAIAAJEDACCFAkAA0QIAIYYCQADRAgAhhwICANACACGIAkAA0QIAIYkCAgDQAgAhigIBAIIDACGLAgEAggMAIYwCAgDQAgAhjQIBAIIDACGOAiAA9AIAIY8CQADRAgAhkAJAANECACGRAkAA0QIAIZICQADRAgAhkwJAAPUCACEj4QEBAKADACHiAQEAoAMAIegBQACpAwAh8gEBAKADACHzAQEAoAMAIfQBAQCgAwAh9QEBAKADACH2AQEAoAMAIfcBAgChAwAh-AEBAKoDACH5AQAAwQMAIPoBAQCgAwAh_QEAAMID_QEi_gEBAKoDACH_AQEAqgMAIYACAQCqAwAhgQIBAKoDACGCAgEAqgMAIYMCQACiAwAhhAKAAAAAAYUCQACiAwAhhgJAAKIDACGHAgIAoQMAIYgCQACiAwAhiQICAKEDACGKAgEAqgMAIYsCAQCqAwAhjAICAKEDACGNAgEAqgMAIY4CIADDAwAhjwJAAKIDACGQAkAAogMAIZECQACiAwAhkgJAAKIDACGTAkAAqQMAISkHAADEAwAgCgAAxQMAIA8AAMYDACAQAADhAwAgEgAAyAMAIBQAAMkDACDhAQEAoAMAIeIBAQCgAwAh6AFAAKkDACHyAQEAoAMAIfMBAQCgAwAh9AEBAKADACH1AQEAoAMAIfYBAQCgAwAh9wECAKEDACH4AQEAqgMAIfkBAADBAwAg-gEBAKADACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhiwIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhByQAAPQFACAlAAD9BQAgwwIAAPUFACDEAgAA_AUAIMUCAAAYACDGAgAAGAAgxwIAACoAICkHAADkAwAgCgAA5QMAIA8AAOYDACAQAADnAwAgEgAA6AMAIBQAAOkDACDhAQEAAAAB4gEBAAAAAegBQAAAAAHyAQEAAAAB8wEBAAAAAfQBAQAAAAH1AQEAAAAB9gEBAAAAAfcBAgAAAAH4AQEAAAAB-QEAAOMDACD6AQEAAAAB_QEAAAD9AQL-AQEAAAAB_wEBAAAAAYACAQAAAAGBAgEAAAABggIBAAAAAYMCQAAAAAGEAoAAAAABhQJAAAAAAYYCQAAAAAGHAgIAAAABiAJAAAAAAYkCAgAAAAGKAgEAAAABiwIBAAAAAYwCAgAAAAGNAgEAAAABjgIgAAAAAY8CQAAAAAGQAkAAAAABkQJAAAAAAZICQAAAAAGTAkAAAAABAckCAQAAAAQDJAAA-gUAIMMCAAD7BQAgxwIAAJgBACADJAAA-AUAIMMCAAD5BQAgxwIAAAEAIAMkAAD2BQAgwwIAAPcFACDHAgAAKgAgAyQAAPQFACDDAgAA9QUAIMcCAAAqACAEJAAA1gMAMMMCAADXAwAwxwIAANoDADDIAgAA2QMAIAQkAADKAwAwwwIAAMsDADDHAgAAzgMAMMgCAADNAwAgAyQAAPIFACDDAgAA8wUAIMcCAAAWACApBwAA5AMAIAoAAOUDACAQAADnAwAgEQAA6gMAIBIAAOgDACAUAADpAwAg4QEBAAAAAeIBAQAAAAHoAUAAAAAB8gEBAAAAAfMBAQAAAAH0AQEAAAAB9QEBAAAAAfYBAQAAAAH3AQIAAAAB-QEAAOMDACD6AQEAAAAB-wEBAAAAAf0BAAAA_QEC_gEBAAAAAf8BAQAAAAGAAgEAAAABgQIBAAAAAYICAQAAAAGDAkAAAAABhAKAAAAAAYUCQAAAAAGGAkAAAAABhwICAAAAAYgCQAAAAAGJAgIAAAABigIBAAAAAYsCAQAAAAGMAgIAAAABjQIBAAAAAY4CIAAAAAGPAkAAAAABkAJAAAAAAZECQAAAAAGSAkAAAAABkwJAAAAAAQIAAAAWACAkAADzAwAgAwAAABYAICQAAPMDACAlAADyAwAgAR0AAPEFADACAAAAFgAgHQAA8gMAIAIAAADeAwAgHQAA8QMAICPhAQEAoAMAIeIBAQCgAwAh6AFAAKkDACHyAQEAoAMAIfMBAQCgAwAh9AEBAKADACH1AQEAoAMAIfYBAQCgAwAh9wECAKEDACH5AQAAwQMAIPoBAQCgAwAh-wEBAKoDACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhiwIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhKQcAAMQDACAKAADFAwAgEAAA4QMAIBEAAMcDACASAADIAwAgFAAAyQMAIOEBAQCgAwAh4gEBAKADACHoAUAAqQMAIfIBAQCgAwAh8wEBAKADACH0AQEAoAMAIfUBAQCgAwAh9gEBAKADACH3AQIAoQMAIfkBAADBAwAg-gEBAKADACH7AQEAqgMAIf0BAADCA_0BIv4BAQCqAwAh_wEBAKoDACGAAgEAqgMAIYECAQCqAwAhggIBAKoDACGDAkAAogMAIYQCgAAAAAGFAkAAogMAIYYCQACiAwAhhwICAKEDACGIAkAAogMAIYkCAgChAwAhigIBAKoDACGLAgEAqgMAIYwCAgChAwAhjQIBAKoDACGOAiAAwwMAIY8CQACiAwAhkAJAAKIDACGRAkAAogMAIZICQACiAwAhkwJAAKkDACEpBwAA5AMAIAoAAOUDACAQAADnAwAgEQAA6gMAIBIAAOgDACAUAADpAwAg4QEBAAAAAeIBAQAAAAHoAUAAAAAB8gEBAAAAAfMBAQAAAAH0AQEAAAAB9QEBAAAAAfYBAQAAAAH3AQIAAAAB-QEAAOMDACD6AQEAAAAB-wEBAAAAAf0BAAAA_QEC_gEBAAAAAf8BAQAAAAGAAgEAAAABgQIBAAAAAYICAQAAAAGDAkAAAAABhAKAAAAAAYUCQAAAAAGGAkAAAAABhwICAAAAAYgCQAAAAAGJAgIAAAABigIBAAAAAYsCAQAAAAGMAgIAAAABjQIBAAAAAY4CIAAAAAGPAkAAAAABkAJAAAAAAZECQAAAAAGSAkAAAAABkwJAAAAAAQMkAADvBQAgwwIAAPAFACDHAgAAmAEAIAMkAADtBQAgwwIAAO4FACDHAgAAAQAgBCQAAOsDADDDAgAA7AMAMMcCAADaAwAwyAIAAO4DACADJAAAvAMAIMMCAAC9AwAgxwIAABYAIAAAAAAAAAAAAckCAAAAnwICBSQAAOUFACAlAADrBQAgwwIAAOYFACDEAgAA6gUAIMcCAACYAQAgBSQAAOMFACAlAADoBQAgwwIAAOQFACDEAgAA5wUAIMcCAAABACADJAAA5QUAIMMCAADmBQAgxwIAAJgBACADJAAA4wUAIMMCAADkBQAgxwIAAAEAIAAAAAAABSQAANsFACAlAADhBQAgwwIAANwFACDEAgAA4AUAIMcCAAABACAFJAAA2QUAICUAAN4FACDDAgAA2gUAIMQCAADdBQAgxwIAAJgBACADJAAA2wUAIMMCAADcBQAgxwIAAAEAIAMkAADZBQAgwwIAANoFACDHAgAAmAEAIAAAAAskAADABAAwJQAAxQQAMMMCAADBBAAwxAIAAMIEADDFAgAAxAQAMMYCAADEBAAwxwIAAMQEADDIAgAAwwQAIMkCAADEBAAwygIAAMYEADDLAgAAxwQAMAskAAC0BAAwJQAAuQQAMMMCAAC1BAAwxAIAALYEADDFAgAAuAQAMMYCAAC4BAAwxwIAALgEADDIAgAAtwQAIMkCAAC4BAAwygIAALoEADDLAgAAuwQAMAskAACrBAAwJQAArwQAMMMCAACsBAAwxAIAAK0EADDFAgAA2gMAMMYCAADaAwAwxwIAANoDADDIAgAArgQAIMkCAADaAwAwygIAALAEADDLAgAA3QMAMAskAACfBAAwJQAApAQAMMMCAACgBAAwxAIAAKEEADDFAgAAowQAMMYCAACjBAAwxwIAAKMEADDIAgAAogQAIMkCAACjBAAwygIAAKUEADDLAgAApgQAMAskAACWBAAwJQAAmgQAMMMCAACXBAAwxAIAAJgEADDFAgAAzgMAMMYCAADOAwAwxwIAAM4DADDIAgAAmQQAIMkCAADOAwAwygIAAJsEADDLAgAA0QMAMAgDAACvAwAgEwAAsAMAIOEBAQAAAAHjAQEAAAAB5AEBAAAAAeYBAAAA5gEC5wECAAAAAegBQAAAAAECAAAAJAAgJAAAngQAIAMAAAAkACAkAACeBAAgJQAAnQQAIAEdAADYBQAwAgAAACQAIB0AAJ0EACACAAAA0gMAIB0AAJwEACAG4QEBAKADACHjAQEAoAMAIeQBAQCqAwAh5gEAAKgD5gEi5wECAKEDACHoAUAAqQMAIQgDAACsAwAgEwAArQMAIOEBAQCgAwAh4wEBAKADACHkAQEAqgMAIeYBAACoA-YBIucBAgChAwAh6AFAAKkDACEIAwAArwMAIBMAALADACDhAQEAAAAB4wEBAAAAAeQBAQAAAAHmAQAAAOYBAucBAgAAAAHoAUAAAAABDwsAAPUDACAMAAD2AwAgDQAA9wMAIOEBAQAAAAHkAQEAAAAB5gEAAADrAQLoAUAAAAAB6QEBAAAAAesBAQAAAAHsAQEAAAAB7QECAAAAAe4BAgAAAAHvAQIAAAAB8AEBAAAAAfEBAQAAAAECAAAAKgAgJAAAqgQAIAMAAAAqACAkAACqBAAgJQAAqQQAIAEdAADXBQAwFAcAAIUDACALAACGAwAgDAAA-AIAIA0AAIcDACDQAQAAgQMAMNEBAAAYABDSAQAAgQMAMOEBAQAAAAHiAQEAzwIAIeQBAQAAAAHmAQAAgwPrASLoAUAA9QIAIekBAQCCAwAh6wEBAAAAAewBAQDPAgAh7QECANACACHuAQIAhAMAIe8BAgCEAwAh8AEBAM8CACHxAQEAAAABAgAAACoAIB0AAKkEACACAAAApwQAIB0AAKgEACAQ0AEAAKYEADDRAQAApwQAENIBAACmBAAw4QEBAM8CACHiAQEAzwIAIeQBAQCCAwAh5gEAAIMD6wEi6AFAAPUCACHpAQEAggMAIesBAQDPAgAh7AEBAM8CACHtAQIA0AIAIe4BAgCEAwAh7wECAIQDACHwAQEAzwIAIfEBAQCCAwAhENABAACmBAAw0QEAAKcEABDSAQAApgQAMOEBAQDPAgAh4gEBAM8CACHkAQEAggMAIeYBAACDA-sBIugBQAD1AgAh6QEBAIIDACHrAQEAzwIAIewBAQDPAgAh7QECANACACHuAQIAhAMAIe8BAgCEAwAh8AEBAM8CACHxAQEAggMAIQzhAQEAoAMAIeQBAQCqAwAh5gEAALYD6wEi6AFAAKkDACHpAQEAqgMAIesBAQCgAwAh7AEBAKADACHtAQIAoQMAIe4BAgC3AwAh7wECALcDACHwAQEAoAMAIfEBAQCqAwAhDwsAALkDACAMAAC6AwAgDQAAuwMAIOEBAQCgAwAh5AEBAKoDACHmAQAAtgPrASLoAUAAqQMAIekBAQCqAwAh6wEBAKADACHsAQEAoAMAIe0BAgChAwAh7gECALcDACHvAQIAtwMAIfABAQCgAwAh8QEBAKoDACEPCwAA9QMAIAwAAPYDACANAAD3AwAg4QEBAAAAAeQBAQAAAAHmAQAAAOsBAugBQAAAAAHpAQEAAAAB6wEBAAAAAewBAQAAAAHtAQIAAAAB7gECAAAAAe8BAgAAAAHwAQEAAAAB8QEBAAAAASkKAADlAwAgDwAA5gMAIBAAAOcDACARAADqAwAgEgAA6AMAIBQAAOkDACDhAQEAAAAB6AFAAAAAAfIBAQAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH7AQEAAAAB_QEAAAD9AQL-AQEAAAAB_wEBAAAAAYACAQAAAAGBAgEAAAABggIBAAAAAYMCQAAAAAGEAoAAAAABhQJAAAAAAYYCQAAAAAGHAgIAAAABiAJAAAAAAYkCAgAAAAGKAgEAAAABiwIBAAAAAYwCAgAAAAGNAgEAAAABjgIgAAAAAY8CQAAAAAGQAkAAAAABkQJAAAAAAZICQAAAAAGTAkAAAAABAgAAABYAICQAALMEACADAAAAFgAgJAAAswQAICUAALIEACABHQAA1gUAMAIAAAAWACAdAACyBAAgAgAAAN4DACAdAACxBAAgI-EBAQCgAwAh6AFAAKkDACHyAQEAoAMAIfMBAQCgAwAh9AEBAKADACH1AQEAoAMAIfYBAQCgAwAh9wECAKEDACH4AQEAqgMAIfkBAADBAwAg-gEBAKADACH7AQEAqgMAIf0BAADCA_0BIv4BAQCqAwAh_wEBAKoDACGAAgEAqgMAIYECAQCqAwAhggIBAKoDACGDAkAAogMAIYQCgAAAAAGFAkAAogMAIYYCQACiAwAhhwICAKEDACGIAkAAogMAIYkCAgChAwAhigIBAKoDACGLAgEAqgMAIYwCAgChAwAhjQIBAKoDACGOAiAAwwMAIY8CQACiAwAhkAJAAKIDACGRAkAAogMAIZICQACiAwAhkwJAAKkDACEpCgAAxQMAIA8AAMYDACAQAADhAwAgEQAAxwMAIBIAAMgDACAUAADJAwAg4QEBAKADACHoAUAAqQMAIfIBAQCgAwAh8wEBAKADACH0AQEAoAMAIfUBAQCgAwAh9gEBAKADACH3AQIAoQMAIfgBAQCqAwAh-QEAAMEDACD6AQEAoAMAIfsBAQCqAwAh_QEAAMID_QEi_gEBAKoDACH_AQEAqgMAIYACAQCqAwAhgQIBAKoDACGCAgEAqgMAIYMCQACiAwAhhAKAAAAAAYUCQACiAwAhhgJAAKIDACGHAgIAoQMAIYgCQACiAwAhiQICAKEDACGKAgEAqgMAIYsCAQCqAwAhjAICAKEDACGNAgEAqgMAIY4CIADDAwAhjwJAAKIDACGQAkAAogMAIZECQACiAwAhkgJAAKIDACGTAkAAqQMAISkKAADlAwAgDwAA5gMAIBAAAOcDACARAADqAwAgEgAA6AMAIBQAAOkDACDhAQEAAAAB6AFAAAAAAfIBAQAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH7AQEAAAAB_QEAAAD9AQL-AQEAAAAB_wEBAAAAAYACAQAAAAGBAgEAAAABggIBAAAAAYMCQAAAAAGEAoAAAAABhQJAAAAAAYYCQAAAAAGHAgIAAAABiAJAAAAAAYkCAgAAAAGKAgEAAAABiwIBAAAAAYwCAgAAAAGNAgEAAAABjgIgAAAAAY8CQAAAAAGQAkAAAAABkQJAAAAAAZICQAAAAAGTAkAAAAABCQgAAIQEACDhAQEAAAAB6AFAAAAAAZ0CAQAAAAGfAgAAAJ8CAqACAQAAAAGhAgEAAAABogJAAAAAAaMCQAAAAAECAAAAEgAgJAAAvwQAIAMAAAASACAkAAC_BAAgJQAAvgQAIAEdAADVBQAwDgcAAIUDACAIAACKAwAg0AEAAJMDADDRAQAAEAAQ0gEAAJMDADDhAQEAAAAB4gEBAM8CACHoAUAA9QIAIZ0CAQDPAgAhnwIAAJQDnwIioAIBAAAAAaECAQDPAgAhogJAAPUCACGjAkAA0QIAIQIAAAASACAdAAC-BAAgAgAAALwEACAdAAC9BAAgDNABAAC7BAAw0QEAALwEABDSAQAAuwQAMOEBAQDPAgAh4gEBAM8CACHoAUAA9QIAIZ0CAQDPAgAhnwIAAJQDnwIioAIBAM8CACGhAgEAzwIAIaICQAD1AgAhowJAANECACEM0AEAALsEADDRAQAAvAQAENIBAAC7BAAw4QEBAM8CACHiAQEAzwIAIegBQAD1AgAhnQIBAM8CACGfAgAAlAOfAiKgAgEAzwIAIaECAQDPAgAhogJAAPUCACGjAkAA0QIAIQjhAQEAoAMAIegBQACpAwAhnQIBAKADACGfAgAAgASfAiKgAgEAoAMAIaECAQCgAwAhogJAAKkDACGjAkAAogMAIQkIAACCBAAg4QEBAKADACHoAUAAqQMAIZ0CAQCgAwAhnwIAAIAEnwIioAIBAKADACGhAgEAoAMAIaICQACpAwAhowJAAKIDACEJCAAAhAQAIOEBAQAAAAHoAUAAAAABnQIBAAAAAZ8CAAAAnwICoAIBAAAAAaECAQAAAAGiAkAAAAABowJAAAAAAQUDAACMBAAg4wEBAAAAAegBQAAAAAGfAgAAAJ8CAqQCAgAAAAECAAAADQAgJAAAywQAIAMAAAANACAkAADLBAAgJQAAygQAIAEdAADUBQAwCwMAAIoDACAHAACFAwAg0AEAAJYDADDRAQAACwAQ0gEAAJYDADDiAQEAzwIAIeMBAQDPAgAh6AFAAPUCACGfAgAAlAOfAiKkAgIAhAMAIb8CAACVAwAgAgAAAA0AIB0AAMoEACACAAAAyAQAIB0AAMkEACAI0AEAAMcEADDRAQAAyAQAENIBAADHBAAw4gEBAM8CACHjAQEAzwIAIegBQAD1AgAhnwIAAJQDnwIipAICAIQDACEI0AEAAMcEADDRAQAAyAQAENIBAADHBAAw4gEBAM8CACHjAQEAzwIAIegBQAD1AgAhnwIAAJQDnwIipAICAIQDACEE4wEBAKADACHoAUAAqQMAIZ8CAACABJ8CIqQCAgC3AwAhBQMAAIoEACDjAQEAoAMAIegBQACpAwAhnwIAAIAEnwIipAICALcDACEFAwAAjAQAIOMBAQAAAAHoAUAAAAABnwIAAACfAgKkAgIAAAABBCQAAMAEADDDAgAAwQQAMMcCAADEBAAwyAIAAMMEACAEJAAAtAQAMMMCAAC1BAAwxwIAALgEADDIAgAAtwQAIAQkAACrBAAwwwIAAKwEADDHAgAA2gMAMMgCAACuBAAgBCQAAJ8EADDDAgAAoAQAMMcCAACjBAAwyAIAAKIEACAEJAAAlgQAMMMCAACXBAAwxwIAAM4DADDIAgAAmQQAIAAAAAAAAAAAAAAABSQAAM8FACAlAADSBQAgwwIAANAFACDEAgAA0QUAIMcCAAABACADJAAAzwUAIMMCAADQBQAgxwIAAAEAIAAAAAAABSQAAMoFACAlAADNBQAgwwIAAMsFACDEAgAAzAUAIMcCAAABACADJAAAygUAIMMCAADLBQAgxwIAAAEAIAAAAAAACyQAAKoFADAlAACvBQAwwwIAAKsFADDEAgAArAUAMMUCAACuBQAwxgIAAK4FADDHAgAArgUAMMgCAACtBQAgyQIAAK4FADDKAgAAsAUAMMsCAACxBQAwCyQAAJ4FADAlAACjBQAwwwIAAJ8FADDEAgAAoAUAMMUCAACiBQAwxgIAAKIFADDHAgAAogUAMMgCAAChBQAgyQIAAKIFADDKAgAApAUAMMsCAAClBQAwCyQAAJUFADAlAACZBQAwwwIAAJYFADDEAgAAlwUAMMUCAADEBAAwxgIAAMQEADDHAgAAxAQAMMgCAACYBQAgyQIAAMQEADDKAgAAmgUAMMsCAADHBAAwCyQAAIwFADAlAACQBQAwwwIAAI0FADDEAgAAjgUAMMUCAADaAwAwxgIAANoDADDHAgAA2gMAMMgCAACPBQAgyQIAANoDADDKAgAAkQUAMMsCAADdAwAwCyQAAIMFADAlAACHBQAwwwIAAIQFADDEAgAAhQUAMMUCAAC4BAAwxgIAALgEADDHAgAAuAQAMMgCAACGBQAgyQIAALgEADDKAgAAiAUAMMsCAAC7BAAwCyQAAPoEADAlAAD-BAAwwwIAAPsEADDEAgAA_AQAMMUCAADOAwAwxgIAAM4DADDHAgAAzgMAMMgCAAD9BAAgyQIAAM4DADDKAgAA_wQAMMsCAADRAwAwCyQAAPEEADAlAAD1BAAwwwIAAPIEADDEAgAA8wQAMMUCAACjBAAwxgIAAKMEADDHAgAAowQAMMgCAAD0BAAgyQIAAKMEADDKAgAA9gQAMMsCAACmBAAwDwcAAPQDACAMAAD2AwAgDQAA9wMAIOEBAQAAAAHiAQEAAAAB5AEBAAAAAeYBAAAA6wEC6AFAAAAAAesBAQAAAAHsAQEAAAAB7QECAAAAAe4BAgAAAAHvAQIAAAAB8AEBAAAAAfEBAQAAAAECAAAAKgAgJAAA-QQAIAMAAAAqACAkAAD5BAAgJQAA-AQAIAEdAADJBQAwAgAAACoAIB0AAPgEACACAAAApwQAIB0AAPcEACAM4QEBAKADACHiAQEAoAMAIeQBAQCqAwAh5gEAALYD6wEi6AFAAKkDACHrAQEAoAMAIewBAQCgAwAh7QECAKEDACHuAQIAtwMAIe8BAgC3AwAh8AEBAKADACHxAQEAqgMAIQ8HAAC4AwAgDAAAugMAIA0AALsDACDhAQEAoAMAIeIBAQCgAwAh5AEBAKoDACHmAQAAtgPrASLoAUAAqQMAIesBAQCgAwAh7AEBAKADACHtAQIAoQMAIe4BAgC3AwAh7wECALcDACHwAQEAoAMAIfEBAQCqAwAhDwcAAPQDACAMAAD2AwAgDQAA9wMAIOEBAQAAAAHiAQEAAAAB5AEBAAAAAeYBAAAA6wEC6AFAAAAAAesBAQAAAAHsAQEAAAAB7QECAAAAAe4BAgAAAAHvAQIAAAAB8AEBAAAAAfEBAQAAAAEIBwAArgMAIBMAALADACDhAQEAAAAB4gEBAAAAAeQBAQAAAAHmAQAAAOYBAucBAgAAAAHoAUAAAAABAgAAACQAICQAAIIFACADAAAAJAAgJAAAggUAICUAAIEFACABHQAAyAUAMAIAAAAkACAdAACBBQAgAgAAANIDACAdAACABQAgBuEBAQCgAwAh4gEBAKADACHkAQEAqgMAIeYBAACoA-YBIucBAgChAwAh6AFAAKkDACEIBwAAqwMAIBMAAK0DACDhAQEAoAMAIeIBAQCgAwAh5AEBAKoDACHmAQAAqAPmASLnAQIAoQMAIegBQACpAwAhCAcAAK4DACATAACwAwAg4QEBAAAAAeIBAQAAAAHkAQEAAAAB5gEAAADmAQLnAQIAAAAB6AFAAAAAAQkHAACDBAAg4QEBAAAAAeIBAQAAAAHoAUAAAAABnQIBAAAAAZ8CAAAAnwICoAIBAAAAAaICQAAAAAGjAkAAAAABAgAAABIAICQAAIsFACADAAAAEgAgJAAAiwUAICUAAIoFACABHQAAxwUAMAIAAAASACAdAACKBQAgAgAAALwEACAdAACJBQAgCOEBAQCgAwAh4gEBAKADACHoAUAAqQMAIZ0CAQCgAwAhnwIAAIAEnwIioAIBAKADACGiAkAAqQMAIaMCQACiAwAhCQcAAIEEACDhAQEAoAMAIeIBAQCgAwAh6AFAAKkDACGdAgEAoAMAIZ8CAACABJ8CIqACAQCgAwAhogJAAKkDACGjAkAAogMAIQkHAACDBAAg4QEBAAAAAeIBAQAAAAHoAUAAAAABnQIBAAAAAZ8CAAAAnwICoAIBAAAAAaICQAAAAAGjAkAAAAABKQcAAOQDACAPAADmAwAgEAAA5wMAIBEAAOoDACASAADoAwAgFAAA6QMAIOEBAQAAAAHiAQEAAAAB6AFAAAAAAfMBAQAAAAH0AQEAAAAB9QEBAAAAAfYBAQAAAAH3AQIAAAAB-AEBAAAAAfkBAADjAwAg-gEBAAAAAfsBAQAAAAH9AQAAAP0BAv4BAQAAAAH_AQEAAAABgAIBAAAAAYECAQAAAAGCAgEAAAABgwJAAAAAAYQCgAAAAAGFAkAAAAABhgJAAAAAAYcCAgAAAAGIAkAAAAABiQICAAAAAYoCAQAAAAGLAgEAAAABjAICAAAAAY0CAQAAAAGOAiAAAAABjwJAAAAAAZACQAAAAAGRAkAAAAABkgJAAAAAAZMCQAAAAAECAAAAFgAgJAAAlAUAIAMAAAAWACAkAACUBQAgJQAAkwUAIAEdAADGBQAwAgAAABYAIB0AAJMFACACAAAA3gMAIB0AAJIFACAj4QEBAKADACHiAQEAoAMAIegBQACpAwAh8wEBAKADACH0AQEAoAMAIfUBAQCgAwAh9gEBAKADACH3AQIAoQMAIfgBAQCqAwAh-QEAAMEDACD6AQEAoAMAIfsBAQCqAwAh_QEAAMID_QEi_gEBAKoDACH_AQEAqgMAIYACAQCqAwAhgQIBAKoDACGCAgEAqgMAIYMCQACiAwAhhAKAAAAAAYUCQACiAwAhhgJAAKIDACGHAgIAoQMAIYgCQACiAwAhiQICAKEDACGKAgEAqgMAIYsCAQCqAwAhjAICAKEDACGNAgEAqgMAIY4CIADDAwAhjwJAAKIDACGQAkAAogMAIZECQACiAwAhkgJAAKIDACGTAkAAqQMAISkHAADEAwAgDwAAxgMAIBAAAOEDACARAADHAwAgEgAAyAMAIBQAAMkDACDhAQEAoAMAIeIBAQCgAwAh6AFAAKkDACHzAQEAoAMAIfQBAQCgAwAh9QEBAKADACH2AQEAoAMAIfcBAgChAwAh-AEBAKoDACH5AQAAwQMAIPoBAQCgAwAh-wEBAKoDACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhiwIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhKQcAAOQDACAPAADmAwAgEAAA5wMAIBEAAOoDACASAADoAwAgFAAA6QMAIOEBAQAAAAHiAQEAAAAB6AFAAAAAAfMBAQAAAAH0AQEAAAAB9QEBAAAAAfYBAQAAAAH3AQIAAAAB-AEBAAAAAfkBAADjAwAg-gEBAAAAAfsBAQAAAAH9AQAAAP0BAv4BAQAAAAH_AQEAAAABgAIBAAAAAYECAQAAAAGCAgEAAAABgwJAAAAAAYQCgAAAAAGFAkAAAAABhgJAAAAAAYcCAgAAAAGIAkAAAAABiQICAAAAAYoCAQAAAAGLAgEAAAABjAICAAAAAY0CAQAAAAGOAiAAAAABjwJAAAAAAZACQAAAAAGRAkAAAAABkgJAAAAAAZMCQAAAAAEFBwAAjQQAIOIBAQAAAAHoAUAAAAABnwIAAACfAgKkAgIAAAABAgAAAA0AICQAAJ0FACADAAAADQAgJAAAnQUAICUAAJwFACABHQAAxQUAMAIAAAANACAdAACcBQAgAgAAAMgEACAdAACbBQAgBOIBAQCgAwAh6AFAAKkDACGfAgAAgASfAiKkAgIAtwMAIQUHAACLBAAg4gEBAKADACHoAUAAqQMAIZ8CAACABJ8CIqQCAgC3AwAhBQcAAI0EACDiAQEAAAAB6AFAAAAAAZ8CAAAAnwICpAICAAAAAQToAUAAAAABkwJAAAAAAa0CQAAAAAGvAgEAAAABAgAAAAkAICQAAKkFACADAAAACQAgJAAAqQUAICUAAKgFACABHQAAxAUAMAkDAACKAwAg0AEAAJcDADDRAQAABwAQ0gEAAJcDADDjAQEAzwIAIegBQAD1AgAhkwJAAPUCACGtAkAA9QIAIa8CAQAAAAECAAAACQAgHQAAqAUAIAIAAACmBQAgHQAApwUAIAjQAQAApQUAMNEBAACmBQAQ0gEAAKUFADDjAQEAzwIAIegBQAD1AgAhkwJAAPUCACGtAkAA9QIAIa8CAQDPAgAhCNABAAClBQAw0QEAAKYFABDSAQAApQUAMOMBAQDPAgAh6AFAAPUCACGTAkAA9QIAIa0CQAD1AgAhrwIBAM8CACEE6AFAAKkDACGTAkAAqQMAIa0CQACpAwAhrwIBAKADACEE6AFAAKkDACGTAkAAqQMAIa0CQACpAwAhrwIBAKADACEE6AFAAAAAAZMCQAAAAAGtAkAAAAABrwIBAAAAAQzoAUAAAAABkwJAAAAAAbACAQAAAAGxAgEAAAABsgIBAAAAAbMCAQAAAAG0AgEAAAABtQICAAAAAbYCAQAAAAG3AgEAAAABuAIBAAAAAbkCAQAAAAECAAAABQAgJAAAtQUAIAMAAAAFACAkAAC1BQAgJQAAtAUAIAEdAADDBQAwEgMAAIoDACDQAQAAmQMAMNEBAAADABDSAQAAmQMAMOMBAQDPAgAh6AFAAPUCACGTAkAA9QIAIbACAQDPAgAhsQIBAM8CACGyAgEAzwIAIbMCAQCCAwAhtAIBAIIDACG1AgIAhAMAIbYCAQCCAwAhtwIBAIIDACG4AgEAggMAIbkCAQCCAwAhwAIAAJgDACACAAAABQAgHQAAtAUAIAIAAACyBQAgHQAAswUAIBDQAQAAsQUAMNEBAACyBQAQ0gEAALEFADDjAQEAzwIAIegBQAD1AgAhkwJAAPUCACGwAgEAzwIAIbECAQDPAgAhsgIBAM8CACGzAgEAggMAIbQCAQCCAwAhtQICAIQDACG2AgEAggMAIbcCAQCCAwAhuAIBAIIDACG5AgEAggMAIRDQAQAAsQUAMNEBAACyBQAQ0gEAALEFADDjAQEAzwIAIegBQAD1AgAhkwJAAPUCACGwAgEAzwIAIbECAQDPAgAhsgIBAM8CACGzAgEAggMAIbQCAQCCAwAhtQICAIQDACG2AgEAggMAIbcCAQCCAwAhuAIBAIIDACG5AgEAggMAIQzoAUAAqQMAIZMCQACpAwAhsAIBAKADACGxAgEAoAMAIbICAQCgAwAhswIBAKoDACG0AgEAqgMAIbUCAgC3AwAhtgIBAKoDACG3AgEAqgMAIbgCAQCqAwAhuQIBAKoDACEM6AFAAKkDACGTAkAAqQMAIbACAQCgAwAhsQIBAKADACGyAgEAoAMAIbMCAQCqAwAhtAIBAKoDACG1AgIAtwMAIbYCAQCqAwAhtwIBAKoDACG4AgEAqgMAIbkCAQCqAwAhDOgBQAAAAAGTAkAAAAABsAIBAAAAAbECAQAAAAGyAgEAAAABswIBAAAAAbQCAQAAAAG1AgIAAAABtgIBAAAAAbcCAQAAAAG4AgEAAAABuQIBAAAAAQQkAACqBQAwwwIAAKsFADDHAgAArgUAMMgCAACtBQAgBCQAAJ4FADDDAgAAnwUAMMcCAACiBQAwyAIAAKEFACAEJAAAlQUAMMMCAACWBQAwxwIAAMQEADDIAgAAmAUAIAQkAACMBQAwwwIAAI0FADDHAgAA2gMAMMgCAACPBQAgBCQAAIMFADDDAgAAhAUAMMcCAAC4BAAwyAIAAIYFACAEJAAA-gQAMMMCAAD7BAAwxwIAAM4DADDIAgAA_QQAIAQkAADxBAAwwwIAAPIEADDHAgAAowQAMMgCAAD0BAAgAAAFBgAA0QQAIAkAANIEACAUAADVBAAgFQAA0wQAIBYAANQEACALBAAAvQUAIAUAAL4FACAGAADRBAAgFAAA1QQAIBUAANMEACAWAADUBAAgFwAA0gQAIKUCAACaAwAgugIAAJoDACC7AgAAmgMAILwCAACaAwAgGgcAAL8FACAKAADABQAgDwAAwgUAIBAAAMIFACARAADBBQAgEgAA0wQAIBQAANUEACD4AQAAmgMAIPsBAACaAwAg_gEAAJoDACD_AQAAmgMAIIACAACaAwAggQIAAJoDACCCAgAAmgMAIIMCAACaAwAghAIAAJoDACCFAgAAmgMAIIYCAACaAwAgiAIAAJoDACCKAgAAmgMAIIsCAACaAwAgjQIAAJoDACCPAgAAmgMAIJACAACaAwAgkQIAAJoDACCSAgAAmgMAIAkHAAC_BQAgCwAAwAUAIAwAANMEACANAADBBQAg5AEAAJoDACDpAQAAmgMAIO4BAACaAwAg7wEAAJoDACDxAQAAmgMAIAzoAUAAAAABkwJAAAAAAbACAQAAAAGxAgEAAAABsgIBAAAAAbMCAQAAAAG0AgEAAAABtQICAAAAAbYCAQAAAAG3AgEAAAABuAIBAAAAAbkCAQAAAAEE6AFAAAAAAZMCQAAAAAGtAkAAAAABrwIBAAAAAQTiAQEAAAAB6AFAAAAAAZ8CAAAAnwICpAICAAAAASPhAQEAAAAB4gEBAAAAAegBQAAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH7AQEAAAAB_QEAAAD9AQL-AQEAAAAB_wEBAAAAAYACAQAAAAGBAgEAAAABggIBAAAAAYMCQAAAAAGEAoAAAAABhQJAAAAAAYYCQAAAAAGHAgIAAAABiAJAAAAAAYkCAgAAAAGKAgEAAAABiwIBAAAAAYwCAgAAAAGNAgEAAAABjgIgAAAAAY8CQAAAAAGQAkAAAAABkQJAAAAAAZICQAAAAAGTAkAAAAABCOEBAQAAAAHiAQEAAAAB6AFAAAAAAZ0CAQAAAAGfAgAAAJ8CAqACAQAAAAGiAkAAAAABowJAAAAAAQbhAQEAAAAB4gEBAAAAAeQBAQAAAAHmAQAAAOYBAucBAgAAAAHoAUAAAAABDOEBAQAAAAHiAQEAAAAB5AEBAAAAAeYBAAAA6wEC6AFAAAAAAesBAQAAAAHsAQEAAAAB7QECAAAAAe4BAgAAAAHvAQIAAAAB8AEBAAAAAfEBAQAAAAEPBQAAtwUAIAYAALgFACAUAAC7BQAgFQAAuQUAIBYAALwFACAXAAC6BQAg4QEBAAAAAegBQAAAAAGTAkAAAAABnQIBAAAAAaUCAQAAAAG6AkAAAAABuwIBAAAAAbwCAQAAAAG9AgIAAAABAgAAAAEAICQAAMoFACADAAAAGgAgJAAAygUAICUAAM4FACARAAAAGgAgBQAA6wQAIAYAAOwEACAUAADvBAAgFQAA7QQAIBYAAPAEACAXAADuBAAgHQAAzgUAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIZ0CAQCgAwAhpQIBAKoDACG6AkAAogMAIbsCAQCqAwAhvAIBAKoDACG9AgIAoQMAIQ8FAADrBAAgBgAA7AQAIBQAAO8EACAVAADtBAAgFgAA8AQAIBcAAO4EACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGdAgEAoAMAIaUCAQCqAwAhugJAAKIDACG7AgEAqgMAIbwCAQCqAwAhvQICAKEDACEPBAAAtgUAIAYAALgFACAUAAC7BQAgFQAAuQUAIBYAALwFACAXAAC6BQAg4QEBAAAAAegBQAAAAAGTAkAAAAABnQIBAAAAAaUCAQAAAAG6AkAAAAABuwIBAAAAAbwCAQAAAAG9AgIAAAABAgAAAAEAICQAAM8FACADAAAAGgAgJAAAzwUAICUAANMFACARAAAAGgAgBAAA6gQAIAYAAOwEACAUAADvBAAgFQAA7QQAIBYAAPAEACAXAADuBAAgHQAA0wUAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIZ0CAQCgAwAhpQIBAKoDACG6AkAAogMAIbsCAQCqAwAhvAIBAKoDACG9AgIAoQMAIQ8EAADqBAAgBgAA7AQAIBQAAO8EACAVAADtBAAgFgAA8AQAIBcAAO4EACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGdAgEAoAMAIaUCAQCqAwAhugJAAKIDACG7AgEAqgMAIbwCAQCqAwAhvQICAKEDACEE4wEBAAAAAegBQAAAAAGfAgAAAJ8CAqQCAgAAAAEI4QEBAAAAAegBQAAAAAGdAgEAAAABnwIAAACfAgKgAgEAAAABoQIBAAAAAaICQAAAAAGjAkAAAAABI-EBAQAAAAHoAUAAAAAB8gEBAAAAAfMBAQAAAAH0AQEAAAAB9QEBAAAAAfYBAQAAAAH3AQIAAAAB-AEBAAAAAfkBAADjAwAg-gEBAAAAAfsBAQAAAAH9AQAAAP0BAv4BAQAAAAH_AQEAAAABgAIBAAAAAYECAQAAAAGCAgEAAAABgwJAAAAAAYQCgAAAAAGFAkAAAAABhgJAAAAAAYcCAgAAAAGIAkAAAAABiQICAAAAAYoCAQAAAAGLAgEAAAABjAICAAAAAY0CAQAAAAGOAiAAAAABjwJAAAAAAZACQAAAAAGRAkAAAAABkgJAAAAAAZMCQAAAAAEM4QEBAAAAAeQBAQAAAAHmAQAAAOsBAugBQAAAAAHpAQEAAAAB6wEBAAAAAewBAQAAAAHtAQIAAAAB7gECAAAAAe8BAgAAAAHwAQEAAAAB8QEBAAAAAQbhAQEAAAAB4wEBAAAAAeQBAQAAAAHmAQAAAOYBAucBAgAAAAHoAUAAAAABCgkAAM0EACAUAADQBAAgFQAAzgQAIBYAAM8EACDhAQEAAAAB6AFAAAAAAZMCQAAAAAGlAgEAAAABpgIBAAAAAacCIAAAAAECAAAAmAEAICQAANkFACAPBAAAtgUAIAUAALcFACAUAAC7BQAgFQAAuQUAIBYAALwFACAXAAC6BQAg4QEBAAAAAegBQAAAAAGTAkAAAAABnQIBAAAAAaUCAQAAAAG6AkAAAAABuwIBAAAAAbwCAQAAAAG9AgIAAAABAgAAAAEAICQAANsFACADAAAAmwEAICQAANkFACAlAADfBQAgDAAAAJsBACAJAACSBAAgFAAAlQQAIBUAAJMEACAWAACUBAAgHQAA3wUAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIaUCAQCgAwAhpgIBAKADACGnAiAAwwMAIQoJAACSBAAgFAAAlQQAIBUAAJMEACAWAACUBAAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhpQIBAKADACGmAgEAoAMAIacCIADDAwAhAwAAABoAICQAANsFACAlAADiBQAgEQAAABoAIAQAAOoEACAFAADrBAAgFAAA7wQAIBUAAO0EACAWAADwBAAgFwAA7gQAIB0AAOIFACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGdAgEAoAMAIaUCAQCqAwAhugJAAKIDACG7AgEAqgMAIbwCAQCqAwAhvQICAKEDACEPBAAA6gQAIAUAAOsEACAUAADvBAAgFQAA7QQAIBYAAPAEACAXAADuBAAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhnQIBAKADACGlAgEAqgMAIboCQACiAwAhuwIBAKoDACG8AgEAqgMAIb0CAgChAwAhDwQAALYFACAFAAC3BQAgBgAAuAUAIBQAALsFACAVAAC5BQAgFgAAvAUAIOEBAQAAAAHoAUAAAAABkwJAAAAAAZ0CAQAAAAGlAgEAAAABugJAAAAAAbsCAQAAAAG8AgEAAAABvQICAAAAAQIAAAABACAkAADjBQAgCgYAAMwEACAUAADQBAAgFQAAzgQAIBYAAM8EACDhAQEAAAAB6AFAAAAAAZMCQAAAAAGlAgEAAAABpgIBAAAAAacCIAAAAAECAAAAmAEAICQAAOUFACADAAAAGgAgJAAA4wUAICUAAOkFACARAAAAGgAgBAAA6gQAIAUAAOsEACAGAADsBAAgFAAA7wQAIBUAAO0EACAWAADwBAAgHQAA6QUAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIZ0CAQCgAwAhpQIBAKoDACG6AkAAogMAIbsCAQCqAwAhvAIBAKoDACG9AgIAoQMAIQ8EAADqBAAgBQAA6wQAIAYAAOwEACAUAADvBAAgFQAA7QQAIBYAAPAEACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGdAgEAoAMAIaUCAQCqAwAhugJAAKIDACG7AgEAqgMAIbwCAQCqAwAhvQICAKEDACEDAAAAmwEAICQAAOUFACAlAADsBQAgDAAAAJsBACAGAACRBAAgFAAAlQQAIBUAAJMEACAWAACUBAAgHQAA7AUAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIaUCAQCgAwAhpgIBAKADACGnAiAAwwMAIQoGAACRBAAgFAAAlQQAIBUAAJMEACAWAACUBAAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhpQIBAKADACGmAgEAoAMAIacCIADDAwAhDwQAALYFACAFAAC3BQAgBgAAuAUAIBQAALsFACAVAAC5BQAgFwAAugUAIOEBAQAAAAHoAUAAAAABkwJAAAAAAZ0CAQAAAAGlAgEAAAABugJAAAAAAbsCAQAAAAG8AgEAAAABvQICAAAAAQIAAAABACAkAADtBQAgCgYAAMwEACAJAADNBAAgFAAA0AQAIBUAAM4EACDhAQEAAAAB6AFAAAAAAZMCQAAAAAGlAgEAAAABpgIBAAAAAacCIAAAAAECAAAAmAEAICQAAO8FACAj4QEBAAAAAeIBAQAAAAHoAUAAAAAB8gEBAAAAAfMBAQAAAAH0AQEAAAAB9QEBAAAAAfYBAQAAAAH3AQIAAAAB-QEAAOMDACD6AQEAAAAB-wEBAAAAAf0BAAAA_QEC_gEBAAAAAf8BAQAAAAGAAgEAAAABgQIBAAAAAYICAQAAAAGDAkAAAAABhAKAAAAAAYUCQAAAAAGGAkAAAAABhwICAAAAAYgCQAAAAAGJAgIAAAABigIBAAAAAYsCAQAAAAGMAgIAAAABjQIBAAAAAY4CIAAAAAGPAkAAAAABkAJAAAAAAZECQAAAAAGSAkAAAAABkwJAAAAAASoHAADkAwAgCgAA5QMAIA8AAOYDACAQAADnAwAgEQAA6gMAIBQAAOkDACDhAQEAAAAB4gEBAAAAAegBQAAAAAHyAQEAAAAB8wEBAAAAAfQBAQAAAAH1AQEAAAAB9gEBAAAAAfcBAgAAAAH4AQEAAAAB-QEAAOMDACD6AQEAAAAB-wEBAAAAAf0BAAAA_QEC_gEBAAAAAf8BAQAAAAGAAgEAAAABgQIBAAAAAYICAQAAAAGDAkAAAAABhAKAAAAAAYUCQAAAAAGGAkAAAAABhwICAAAAAYgCQAAAAAGJAgIAAAABigIBAAAAAYsCAQAAAAGMAgIAAAABjQIBAAAAAY4CIAAAAAGPAkAAAAABkAJAAAAAAZECQAAAAAGSAkAAAAABkwJAAAAAAQIAAAAWACAkAADyBQAgEAcAAPQDACALAAD1AwAgDAAA9gMAIOEBAQAAAAHiAQEAAAAB5AEBAAAAAeYBAAAA6wEC6AFAAAAAAekBAQAAAAHrAQEAAAAB7AEBAAAAAe0BAgAAAAHuAQIAAAAB7wECAAAAAfABAQAAAAHxAQEAAAABAgAAACoAICQAAPQFACAQBwAA9AMAIAsAAPUDACANAAD3AwAg4QEBAAAAAeIBAQAAAAHkAQEAAAAB5gEAAADrAQLoAUAAAAAB6QEBAAAAAesBAQAAAAHsAQEAAAAB7QECAAAAAe4BAgAAAAHvAQIAAAAB8AEBAAAAAfEBAQAAAAECAAAAKgAgJAAA9gUAIA8EAAC2BQAgBQAAtwUAIAYAALgFACAUAAC7BQAgFgAAvAUAIBcAALoFACDhAQEAAAAB6AFAAAAAAZMCQAAAAAGdAgEAAAABpQIBAAAAAboCQAAAAAG7AgEAAAABvAIBAAAAAb0CAgAAAAECAAAAAQAgJAAA-AUAIAoGAADMBAAgCQAAzQQAIBQAANAEACAWAADPBAAg4QEBAAAAAegBQAAAAAGTAkAAAAABpQIBAAAAAaYCAQAAAAGnAiAAAAABAgAAAJgBACAkAAD6BQAgAwAAABgAICQAAPQFACAlAAD-BQAgEgAAABgAIAcAALgDACALAAC5AwAgDAAAugMAIB0AAP4FACDhAQEAoAMAIeIBAQCgAwAh5AEBAKoDACHmAQAAtgPrASLoAUAAqQMAIekBAQCqAwAh6wEBAKADACHsAQEAoAMAIe0BAgChAwAh7gECALcDACHvAQIAtwMAIfABAQCgAwAh8QEBAKoDACEQBwAAuAMAIAsAALkDACAMAAC6AwAg4QEBAKADACHiAQEAoAMAIeQBAQCqAwAh5gEAALYD6wEi6AFAAKkDACHpAQEAqgMAIesBAQCgAwAh7AEBAKADACHtAQIAoQMAIe4BAgC3AwAh7wECALcDACHwAQEAoAMAIfEBAQCqAwAhI-EBAQAAAAHiAQEAAAAB6AFAAAAAAfIBAQAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH9AQAAAP0BAv4BAQAAAAH_AQEAAAABgAIBAAAAAYECAQAAAAGCAgEAAAABgwJAAAAAAYQCgAAAAAGFAkAAAAABhgJAAAAAAYcCAgAAAAGIAkAAAAABiQICAAAAAYoCAQAAAAGLAgEAAAABjAICAAAAAY0CAQAAAAGOAiAAAAABjwJAAAAAAZACQAAAAAGRAkAAAAABkgJAAAAAAZMCQAAAAAEG4QEBAAAAAeIBAQAAAAHjAQEAAAAB5gEAAADmAQLnAQIAAAAB6AFAAAAAAQMAAAAUACAkAADyBQAgJQAAgwYAICwAAAAUACAHAADEAwAgCgAAxQMAIA8AAMYDACAQAADhAwAgEQAAxwMAIBQAAMkDACAdAACDBgAg4QEBAKADACHiAQEAoAMAIegBQACpAwAh8gEBAKADACHzAQEAoAMAIfQBAQCgAwAh9QEBAKADACH2AQEAoAMAIfcBAgChAwAh-AEBAKoDACH5AQAAwQMAIPoBAQCgAwAh-wEBAKoDACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhiwIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhKgcAAMQDACAKAADFAwAgDwAAxgMAIBAAAOEDACARAADHAwAgFAAAyQMAIOEBAQCgAwAh4gEBAKADACHoAUAAqQMAIfIBAQCgAwAh8wEBAKADACH0AQEAoAMAIfUBAQCgAwAh9gEBAKADACH3AQIAoQMAIfgBAQCqAwAh-QEAAMEDACD6AQEAoAMAIfsBAQCqAwAh_QEAAMID_QEi_gEBAKoDACH_AQEAqgMAIYACAQCqAwAhgQIBAKoDACGCAgEAqgMAIYMCQACiAwAhhAKAAAAAAYUCQACiAwAhhgJAAKIDACGHAgIAoQMAIYgCQACiAwAhiQICAKEDACGKAgEAqgMAIYsCAQCqAwAhjAICAKEDACGNAgEAqgMAIY4CIADDAwAhjwJAAKIDACGQAkAAogMAIZECQACiAwAhkgJAAKIDACGTAkAAqQMAIQMAAAAYACAkAAD2BQAgJQAAhgYAIBIAAAAYACAHAAC4AwAgCwAAuQMAIA0AALsDACAdAACGBgAg4QEBAKADACHiAQEAoAMAIeQBAQCqAwAh5gEAALYD6wEi6AFAAKkDACHpAQEAqgMAIesBAQCgAwAh7AEBAKADACHtAQIAoQMAIe4BAgC3AwAh7wECALcDACHwAQEAoAMAIfEBAQCqAwAhEAcAALgDACALAAC5AwAgDQAAuwMAIOEBAQCgAwAh4gEBAKADACHkAQEAqgMAIeYBAAC2A-sBIugBQACpAwAh6QEBAKoDACHrAQEAoAMAIewBAQCgAwAh7QECAKEDACHuAQIAtwMAIe8BAgC3AwAh8AEBAKADACHxAQEAqgMAIQMAAAAaACAkAAD4BQAgJQAAiQYAIBEAAAAaACAEAADqBAAgBQAA6wQAIAYAAOwEACAUAADvBAAgFgAA8AQAIBcAAO4EACAdAACJBgAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhnQIBAKADACGlAgEAqgMAIboCQACiAwAhuwIBAKoDACG8AgEAqgMAIb0CAgChAwAhDwQAAOoEACAFAADrBAAgBgAA7AQAIBQAAO8EACAWAADwBAAgFwAA7gQAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIZ0CAQCgAwAhpQIBAKoDACG6AkAAogMAIbsCAQCqAwAhvAIBAKoDACG9AgIAoQMAIQMAAACbAQAgJAAA-gUAICUAAIwGACAMAAAAmwEAIAYAAJEEACAJAACSBAAgFAAAlQQAIBYAAJQEACAdAACMBgAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhpQIBAKADACGmAgEAoAMAIacCIADDAwAhCgYAAJEEACAJAACSBAAgFAAAlQQAIBYAAJQEACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGlAgEAoAMAIaYCAQCgAwAhpwIgAMMDACEDAAAAGgAgJAAA7QUAICUAAI8GACARAAAAGgAgBAAA6gQAIAUAAOsEACAGAADsBAAgFAAA7wQAIBUAAO0EACAXAADuBAAgHQAAjwYAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIZ0CAQCgAwAhpQIBAKoDACG6AkAAogMAIbsCAQCqAwAhvAIBAKoDACG9AgIAoQMAIQ8EAADqBAAgBQAA6wQAIAYAAOwEACAUAADvBAAgFQAA7QQAIBcAAO4EACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGdAgEAoAMAIaUCAQCqAwAhugJAAKIDACG7AgEAqgMAIbwCAQCqAwAhvQICAKEDACEDAAAAmwEAICQAAO8FACAlAACSBgAgDAAAAJsBACAGAACRBAAgCQAAkgQAIBQAAJUEACAVAACTBAAgHQAAkgYAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIaUCAQCgAwAhpgIBAKADACGnAiAAwwMAIQoGAACRBAAgCQAAkgQAIBQAAJUEACAVAACTBAAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhpQIBAKADACGmAgEAoAMAIacCIADDAwAhKgcAAOQDACAKAADlAwAgDwAA5gMAIBAAAOcDACARAADqAwAgEgAA6AMAIOEBAQAAAAHiAQEAAAAB6AFAAAAAAfIBAQAAAAHzAQEAAAAB9AEBAAAAAfUBAQAAAAH2AQEAAAAB9wECAAAAAfgBAQAAAAH5AQAA4wMAIPoBAQAAAAH7AQEAAAAB_QEAAAD9AQL-AQEAAAAB_wEBAAAAAYACAQAAAAGBAgEAAAABggIBAAAAAYMCQAAAAAGEAoAAAAABhQJAAAAAAYYCQAAAAAGHAgIAAAABiAJAAAAAAYkCAgAAAAGKAgEAAAABiwIBAAAAAYwCAgAAAAGNAgEAAAABjgIgAAAAAY8CQAAAAAGQAkAAAAABkQJAAAAAAZICQAAAAAGTAkAAAAABAgAAABYAICQAAJMGACAPBAAAtgUAIAUAALcFACAGAAC4BQAgFQAAuQUAIBYAALwFACAXAAC6BQAg4QEBAAAAAegBQAAAAAGTAkAAAAABnQIBAAAAAaUCAQAAAAG6AkAAAAABuwIBAAAAAbwCAQAAAAG9AgIAAAABAgAAAAEAICQAAJUGACAKBgAAzAQAIAkAAM0EACAVAADOBAAgFgAAzwQAIOEBAQAAAAHoAUAAAAABkwJAAAAAAaUCAQAAAAGmAgEAAAABpwIgAAAAAQIAAACYAQAgJAAAlwYAIAMAAAAUACAkAACTBgAgJQAAmwYAICwAAAAUACAHAADEAwAgCgAAxQMAIA8AAMYDACAQAADhAwAgEQAAxwMAIBIAAMgDACAdAACbBgAg4QEBAKADACHiAQEAoAMAIegBQACpAwAh8gEBAKADACHzAQEAoAMAIfQBAQCgAwAh9QEBAKADACH2AQEAoAMAIfcBAgChAwAh-AEBAKoDACH5AQAAwQMAIPoBAQCgAwAh-wEBAKoDACH9AQAAwgP9ASL-AQEAqgMAIf8BAQCqAwAhgAIBAKoDACGBAgEAqgMAIYICAQCqAwAhgwJAAKIDACGEAoAAAAABhQJAAKIDACGGAkAAogMAIYcCAgChAwAhiAJAAKIDACGJAgIAoQMAIYoCAQCqAwAhiwIBAKoDACGMAgIAoQMAIY0CAQCqAwAhjgIgAMMDACGPAkAAogMAIZACQACiAwAhkQJAAKIDACGSAkAAogMAIZMCQACpAwAhKgcAAMQDACAKAADFAwAgDwAAxgMAIBAAAOEDACARAADHAwAgEgAAyAMAIOEBAQCgAwAh4gEBAKADACHoAUAAqQMAIfIBAQCgAwAh8wEBAKADACH0AQEAoAMAIfUBAQCgAwAh9gEBAKADACH3AQIAoQMAIfgBAQCqAwAh-QEAAMEDACD6AQEAoAMAIfsBAQCqAwAh_QEAAMID_QEi_gEBAKoDACH_AQEAqgMAIYACAQCqAwAhgQIBAKoDACGCAgEAqgMAIYMCQACiAwAhhAKAAAAAAYUCQACiAwAhhgJAAKIDACGHAgIAoQMAIYgCQACiAwAhiQICAKEDACGKAgEAqgMAIYsCAQCqAwAhjAICAKEDACGNAgEAqgMAIY4CIADDAwAhjwJAAKIDACGQAkAAogMAIZECQACiAwAhkgJAAKIDACGTAkAAqQMAIQMAAAAaACAkAACVBgAgJQAAngYAIBEAAAAaACAEAADqBAAgBQAA6wQAIAYAAOwEACAVAADtBAAgFgAA8AQAIBcAAO4EACAdAACeBgAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhnQIBAKADACGlAgEAqgMAIboCQACiAwAhuwIBAKoDACG8AgEAqgMAIb0CAgChAwAhDwQAAOoEACAFAADrBAAgBgAA7AQAIBUAAO0EACAWAADwBAAgFwAA7gQAIOEBAQCgAwAh6AFAAKkDACGTAkAAqQMAIZ0CAQCgAwAhpQIBAKoDACG6AkAAogMAIbsCAQCqAwAhvAIBAKoDACG9AgIAoQMAIQMAAACbAQAgJAAAlwYAICUAAKEGACAMAAAAmwEAIAYAAJEEACAJAACSBAAgFQAAkwQAIBYAAJQEACAdAAChBgAg4QEBAKADACHoAUAAqQMAIZMCQACpAwAhpQIBAKADACGmAgEAoAMAIacCIADDAwAhCgYAAJEEACAJAACSBAAgFQAAkwQAIBYAAJQEACDhAQEAoAMAIegBQACpAwAhkwJAAKkDACGlAgEAoAMAIaYCAQCgAwAhpwIgAMMDACEIBAYCBQoDBg4EDgANFDQKFTIHFjUIFzMGAQMAAQEDAAECAwABBwAFBgYPBAkTBg4ADBQsChUXBxYrCAIHAAUIAAEIBwAFCgABDgALDxkIEB8IESAHEiEHFCUKBQcABQsbAQwcBw0dBw4ACQEMHgADAwABBwAFEyYHAhInABQoAAUGLQAJLgAUMQAVLwAWMAAHBDYABTcABjgAFDsAFTkAFjwAFzoAAAAABQ4AEioAEysAFCwAFS0AFgAAAAAABQ4AEioAEysAFCwAFS0AFgEDAAEBAwABBQ4AGyoAHCsAHSwAHi0AHwAAAAAABQ4AGyoAHCsAHSwAHi0AHwEDAAEBAwABAw4AJCwAJS0AJgAAAAMOACQsACUtACYAAAADDgAsLAAtLQAuAAAAAw4ALCwALS0ALgAAAw4AMywANC0ANQAAAAMOADMsADQtADUCAwABBwAFAgMAAQcABQUOADoqADsrADwsAD0tAD4AAAAAAAUOADoqADsrADwsAD0tAD4CBwAFCAABAgcABQgAAQMOAEMsAEQtAEUAAAADDgBDLABELQBFBQcABQoAAQ_nAQgQ6AEIEekBBwUHAAUKAAEP7wEIEPABCBHxAQcFDgBKKgBLKwBMLABNLQBOAAAAAAAFDgBKKgBLKwBMLABNLQBOAgcABQuDAgECBwAFC4kCAQUOAFMqAFQrAFUsAFYtAFcAAAAAAAUOAFMqAFQrAFUsAFYtAFcDAwABBwAFE5sCBwMDAAEHAAUToQIHBQ4AXCoAXSsAXiwAXy0AYAAAAAAABQ4AXCoAXSsAXiwAXy0AYAAAAAUOAGYqAGcrAGgsAGktAGoAAAAAAAUOAGYqAGcrAGgsAGktAGoYAgEZPQEaPwEbQAEcQQEeQwEfRQ4gRg8hSAEiSg4jSxAmTAEnTQEoTg4uUREvUhcwUwIxVAIyVQIzVgI0VwI1WQI2Ww43XBg4XgI5YA46YRk7YgI8YwI9ZA4-Zxo_aCBAaQNBagNCawNDbANEbQNFbwNGcQ5HciFIdANJdg5KdyJLeANMeQNNeg5OfSNPfidQgAEoUYEBKFKEAShThQEoVIYBKFWIAShWigEOV4sBKViNAShZjwEOWpABKluRAShckgEoXZMBDl6WAStflwEvYJkBBWGaAQVinQEFY54BBWSfAQVloQEFZqMBDmekATBopgEFaagBDmqpATFrqgEFbKsBBW2sAQ5urwEyb7ABNnCxAQRxsgEEcrMBBHO0AQR0tQEEdbcBBHa5AQ53ugE3eLwBBHm-AQ56vwE4e8ABBHzBAQR9wgEOfsUBOX_GAT-AAccBBoEByAEGggHJAQaDAcoBBoQBywEGhQHNAQaGAc8BDocB0AFAiAHSAQaJAdQBDooB1QFBiwHWAQaMAdcBBo0B2AEOjgHbAUKPAdwBRpAB3QEHkQHeAQeSAd8BB5MB4AEHlAHhAQeVAeMBB5YB5QEOlwHmAUeYAesBB5kB7QEOmgHuAUibAfIBB5wB8wEHnQH0AQ6eAfcBSZ8B-AFPoAH5AQihAfoBCKIB-wEIowH8AQikAf0BCKUB_wEIpgGBAg6nAYICUKgBhQIIqQGHAg6qAYgCUasBigIIrAGLAgitAYwCDq4BjwJSrwGQAliwAZECCrEBkgIKsgGTAgqzAZQCCrQBlQIKtQGXAgq2AZkCDrcBmgJZuAGdAgq5AZ8CDroBoAJauwGiAgq8AaMCCr0BpAIOvgGnAlu_AagCYcABqgJiwQGrAmLCAa4CYsMBrwJixAGwAmLFAbICYsYBtAIOxwG1AmPIAbcCYskBuQIOygG6AmTLAbsCYswBvAJizQG9Ag7OAcACZc8BwQJr"
};
async function decodeBase64AsWasm(wasmBase64) {
  const { Buffer: Buffer2 } = await import("node:buffer");
  const wasmArray = Buffer2.from(wasmBase64, "base64");
  return new WebAssembly.Module(wasmArray);
}
config.compilerWasm = {
  getRuntime: async () => await import("@prisma/client/runtime/query_compiler_fast_bg.postgresql.mjs"),
  getQueryCompilerWasmModule: async () => {
    const { wasm } = await import("@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs");
    return await decodeBase64AsWasm(wasm);
  },
  importName: "./query_compiler_fast_bg.js"
};
function getPrismaClientClass() {
  return runtime.getPrismaClient(config);
}

// lib/db/generated/internal/prismaNamespace.ts
var prismaNamespace_exports = {};
__export(prismaNamespace_exports, {
  AccountScalarFieldEnum: () => AccountScalarFieldEnum,
  AnyNull: () => AnyNull2,
  AssetScalarFieldEnum: () => AssetScalarFieldEnum,
  DbNull: () => DbNull2,
  Decimal: () => Decimal2,
  GenerationScalarFieldEnum: () => GenerationScalarFieldEnum,
  InviteScalarFieldEnum: () => InviteScalarFieldEnum,
  JsonNull: () => JsonNull2,
  JsonNullValueFilter: () => JsonNullValueFilter,
  MembershipScalarFieldEnum: () => MembershipScalarFieldEnum,
  ModelName: () => ModelName,
  NullTypes: () => NullTypes2,
  NullableJsonNullValueInput: () => NullableJsonNullValueInput,
  NullsOrder: () => NullsOrder,
  PrismaClientInitializationError: () => PrismaClientInitializationError2,
  PrismaClientKnownRequestError: () => PrismaClientKnownRequestError2,
  PrismaClientRustPanicError: () => PrismaClientRustPanicError2,
  PrismaClientUnknownRequestError: () => PrismaClientUnknownRequestError2,
  PrismaClientValidationError: () => PrismaClientValidationError2,
  QueryMode: () => QueryMode,
  RateLimiterFlexibleScalarFieldEnum: () => RateLimiterFlexibleScalarFieldEnum,
  SessionScalarFieldEnum: () => SessionScalarFieldEnum,
  SortOrder: () => SortOrder,
  Sql: () => Sql2,
  TransactionIsolationLevel: () => TransactionIsolationLevel,
  UsageEventScalarFieldEnum: () => UsageEventScalarFieldEnum,
  UserScalarFieldEnum: () => UserScalarFieldEnum,
  VerificationTokenScalarFieldEnum: () => VerificationTokenScalarFieldEnum,
  WorkspaceScalarFieldEnum: () => WorkspaceScalarFieldEnum,
  defineExtension: () => defineExtension,
  empty: () => empty2,
  getExtensionContext: () => getExtensionContext,
  join: () => join2,
  prismaVersion: () => prismaVersion,
  raw: () => raw2,
  sql: () => sql
});
import * as runtime2 from "@prisma/client/runtime/client";
var PrismaClientKnownRequestError2 = runtime2.PrismaClientKnownRequestError;
var PrismaClientUnknownRequestError2 = runtime2.PrismaClientUnknownRequestError;
var PrismaClientRustPanicError2 = runtime2.PrismaClientRustPanicError;
var PrismaClientInitializationError2 = runtime2.PrismaClientInitializationError;
var PrismaClientValidationError2 = runtime2.PrismaClientValidationError;
var sql = runtime2.sqltag;
var empty2 = runtime2.empty;
var join2 = runtime2.join;
var raw2 = runtime2.raw;
var Sql2 = runtime2.Sql;
var Decimal2 = runtime2.Decimal;
var getExtensionContext = runtime2.Extensions.getExtensionContext;
var prismaVersion = {
  client: "7.10.0",
  engine: "0edf323efd1d98336f3f0a68684b56f689b900d3"
};
var NullTypes2 = {
  DbNull: runtime2.NullTypes.DbNull,
  JsonNull: runtime2.NullTypes.JsonNull,
  AnyNull: runtime2.NullTypes.AnyNull
};
var DbNull2 = runtime2.DbNull;
var JsonNull2 = runtime2.JsonNull;
var AnyNull2 = runtime2.AnyNull;
var ModelName = {
  User: "User",
  Account: "Account",
  Session: "Session",
  VerificationToken: "VerificationToken",
  Workspace: "Workspace",
  Membership: "Membership",
  Invite: "Invite",
  Generation: "Generation",
  Asset: "Asset",
  UsageEvent: "UsageEvent",
  RateLimiterFlexible: "RateLimiterFlexible"
};
var TransactionIsolationLevel = runtime2.makeStrictEnum({
  ReadUncommitted: "ReadUncommitted",
  ReadCommitted: "ReadCommitted",
  RepeatableRead: "RepeatableRead",
  Serializable: "Serializable"
});
var UserScalarFieldEnum = {
  id: "id",
  name: "name",
  email: "email",
  emailVerified: "emailVerified",
  image: "image",
  passwordHash: "passwordHash",
  sessionVersion: "sessionVersion",
  createdAt: "createdAt",
  updatedAt: "updatedAt"
};
var AccountScalarFieldEnum = {
  userId: "userId",
  type: "type",
  provider: "provider",
  providerAccountId: "providerAccountId",
  refresh_token: "refresh_token",
  access_token: "access_token",
  expires_at: "expires_at",
  token_type: "token_type",
  scope: "scope",
  id_token: "id_token",
  session_state: "session_state",
  createdAt: "createdAt",
  updatedAt: "updatedAt"
};
var SessionScalarFieldEnum = {
  sessionToken: "sessionToken",
  userId: "userId",
  expires: "expires",
  createdAt: "createdAt",
  updatedAt: "updatedAt"
};
var VerificationTokenScalarFieldEnum = {
  identifier: "identifier",
  token: "token",
  expires: "expires"
};
var WorkspaceScalarFieldEnum = {
  id: "id",
  name: "name",
  slug: "slug",
  personal: "personal",
  createdAt: "createdAt",
  updatedAt: "updatedAt"
};
var MembershipScalarFieldEnum = {
  userId: "userId",
  workspaceId: "workspaceId",
  role: "role",
  monthlyQuotaSeconds: "monthlyQuotaSeconds",
  createdAt: "createdAt"
};
var InviteScalarFieldEnum = {
  id: "id",
  workspaceId: "workspaceId",
  email: "email",
  role: "role",
  tokenHash: "tokenHash",
  invitedById: "invitedById",
  expiresAt: "expiresAt",
  acceptedAt: "acceptedAt",
  createdAt: "createdAt"
};
var GenerationScalarFieldEnum = {
  id: "id",
  workspaceId: "workspaceId",
  creatorId: "creatorId",
  prompt: "prompt",
  model: "model",
  aspectRatio: "aspectRatio",
  resolution: "resolution",
  durationSec: "durationSec",
  inputImageId: "inputImageId",
  referenceImageIds: "referenceImageIds",
  idempotencyKey: "idempotencyKey",
  remixedFromId: "remixedFromId",
  state: "state",
  taskId: "taskId",
  traceId: "traceId",
  errorCode: "errorCode",
  errorMessage: "errorMessage",
  callbackSecretHash: "callbackSecretHash",
  sendStartedAt: "sendStartedAt",
  sentRequest: "sentRequest",
  taskMissingSince: "taskMissingSince",
  nextPollAt: "nextPollAt",
  pollAttempts: "pollAttempts",
  sendReservedUntil: "sendReservedUntil",
  sendAttempts: "sendAttempts",
  providerVideoUrl: "providerVideoUrl",
  videoAssetId: "videoAssetId",
  mirrorAttempts: "mirrorAttempts",
  mirrorError: "mirrorError",
  favorite: "favorite",
  deletedAt: "deletedAt",
  createdAt: "createdAt",
  submittedAt: "submittedAt",
  startedAt: "startedAt",
  finishedAt: "finishedAt",
  updatedAt: "updatedAt"
};
var AssetScalarFieldEnum = {
  id: "id",
  workspaceId: "workspaceId",
  ownerId: "ownerId",
  kind: "kind",
  storageKey: "storageKey",
  contentType: "contentType",
  sizeBytes: "sizeBytes",
  width: "width",
  height: "height",
  checksum: "checksum",
  posterKey: "posterKey",
  generationId: "generationId",
  createdAt: "createdAt"
};
var UsageEventScalarFieldEnum = {
  id: "id",
  workspaceId: "workspaceId",
  userId: "userId",
  generationId: "generationId",
  kind: "kind",
  seconds: "seconds",
  createdAt: "createdAt"
};
var RateLimiterFlexibleScalarFieldEnum = {
  key: "key",
  points: "points",
  expire: "expire"
};
var SortOrder = {
  asc: "asc",
  desc: "desc"
};
var NullableJsonNullValueInput = {
  DbNull: DbNull2,
  JsonNull: JsonNull2
};
var QueryMode = {
  default: "default",
  insensitive: "insensitive"
};
var NullsOrder = {
  first: "first",
  last: "last"
};
var JsonNullValueFilter = {
  DbNull: DbNull2,
  JsonNull: JsonNull2,
  AnyNull: AnyNull2
};
var defineExtension = runtime2.Extensions.defineExtension;

// lib/db/generated/client.ts
globalThis["__dirname"] = path3.dirname(fileURLToPath(import.meta.url));
var PrismaClient = getPrismaClientClass();

// lib/db/adapter.ts
import path4 from "node:path";
function resolveDatabaseTarget(databaseUrl, dataDir2) {
  if (databaseUrl) return { kind: "server", url: databaseUrl };
  return { kind: "embedded", dir: path4.join(dataDir2, "pglite") };
}

// lib/db/create-client.ts
function openDatabase(databaseUrl, dataDirectory) {
  const target2 = resolveDatabaseTarget(databaseUrl, dataDirectory);
  if (target2.kind === "server") {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target2.url, max: 10 }) });
    return { prisma, url: target2.url };
  }
  if (!target2.dir.startsWith("memory://")) mkdirSync(target2.dir, { recursive: true });
  const { PGlite: EmbeddedPostgres } = requireAtRunTime(
    "@electric-sql/pglite"
  );
  const { PrismaPGlite } = requireAtRunTime(
    "pglite-prisma-adapter"
  );
  const pglite = new EmbeddedPostgres(target2.dir, { startParams: EMBEDDED_START_PARAMS(EmbeddedPostgres) });
  return { prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite };
}
var EMBEDDED_START_PARAMS = (pglite) => [
  ...pglite.defaultStartParams,
  "-c",
  "shared_buffers=16MB"
];

// lib/db/client.ts
function database() {
  globalThis.__database ??= openDatabase(env().DATABASE_URL, dataDir(env().DATA_DIR));
  return globalThis.__database;
}
var db = new Proxy({}, {
  get(_target, property) {
    const prisma = database().prisma;
    const value = Reflect.get(prisma, property);
    return typeof value === "function" ? value.bind(prisma) : value;
  }
});

// lib/jobs/app-workers.ts
import "server-only";

// lib/generations/wiring.ts
import "server-only";

// lib/grok/client.ts
import "server-only";

// lib/grok/errors.ts
var ADMIN_TOKEN = "The studio's Ace Data Cloud API token is not accepted. Ask an admin to check it.";
var BUSY = "Grok is busy right now, so the video was not started and nothing was charged. Try again in a minute.";
var UPSTREAM_FAULT = "Grok had a problem on its side, so the video was not started and nothing was charged. Try again in a few minutes.";
var MAYBE_CREATED = "it may still be created, and it will appear here if it is. It will not be sent twice.";
var GROK_ERRORS = {
  bad_request: {
    httpStatus: 400,
    transient: false,
    userMessage: "Grok did not accept these settings. Check the prompt and settings, then try again."
  },
  no_token: {
    httpStatus: 400,
    transient: false,
    userMessage: "The studio has no Ace Data Cloud API token. Ask an admin to set one."
  },
  invalid_token: { httpStatus: 401, transient: false, userMessage: ADMIN_TOKEN },
  token_expired: {
    httpStatus: 401,
    transient: false,
    userMessage: "The studio's Ace Data Cloud API token has expired. Ask an admin to renew it."
  },
  token_mismatched: { httpStatus: 401, transient: false, userMessage: ADMIN_TOKEN },
  used_up: {
    httpStatus: 403,
    transient: false,
    userMessage: "The studio's Ace Data Cloud balance is used up. Ask an admin to top it up."
  },
  forbidden: {
    httpStatus: 403,
    transient: false,
    userMessage: "The prompt or image was refused by content moderation. Try rewording it."
  },
  disabled: {
    httpStatus: 403,
    transient: false,
    userMessage: "The studio's Ace Data Cloud account is disabled. Ask an admin to check it."
  },
  no_api: {
    httpStatus: 404,
    transient: false,
    userMessage: "The studio is pointed at the wrong Ace Data Cloud address. Ask an admin to check it."
  },
  too_many_requests: { httpStatus: 429, transient: true, userMessage: BUSY },
  rate_limited: { httpStatus: 429, transient: true, userMessage: BUSY },
  api_error: { httpStatus: 500, transient: true, userMessage: UPSTREAM_FAULT },
  busy: { httpStatus: 500, transient: true, userMessage: UPSTREAM_FAULT },
  timeout: {
    httpStatus: 504,
    transient: true,
    userMessage: `Grok took too long to answer; the video ${MAYBE_CREATED}`
  },
  network: {
    transient: true,
    userMessage: "The studio could not reach Grok, so nothing was sent or charged. Try again in a moment."
  },
  timeout_after_send: {
    transient: true,
    userMessage: `Grok did not answer in time; the video ${MAYBE_CREATED}`
  },
  malformed_response: {
    transient: true,
    userMessage: `Grok sent an answer the studio could not read; the video ${MAYBE_CREATED}`
  },
  task_not_found: {
    transient: false,
    userMessage: "Grok has no record of this video, so nothing was charged. Try again."
  }
};
var isGrokErrorCode = (code) => typeof code === "string" && Object.hasOwn(GROK_ERRORS, code);
var OURS = /* @__PURE__ */ new Set([
  "network",
  "timeout_after_send",
  "malformed_response",
  "task_not_found"
]);
var isUpstreamErrorCode = (code) => isGrokErrorCode(code) && !OURS.has(code);
var GROK_ERROR = "GrokError";
var GrokError = class extends Error {
  constructor(code, init) {
    const info = GROK_ERRORS[code];
    const status = init.httpStatus ? ` (HTTP ${init.httpStatus})` : "";
    super(`Grok ${code}${status}: ${init.upstreamMessage ?? info.userMessage}`, { cause: init.cause });
    this.code = code;
    this.name = GROK_ERROR;
    this.httpStatus = init.httpStatus;
    this.traceId = init.traceId;
    this.maybeSent = init.maybeSent;
    this.retryable = info.transient && (init.idempotent || !init.maybeSent);
    this.userMessage = info.userMessage;
    this.upstreamCode = init.upstreamCode;
    this.upstreamMessage = init.upstreamMessage;
  }
  code;
  httpStatus;
  traceId;
  maybeSent;
  /** Repeating the same call later may succeed and cannot pay twice. */
  retryable;
  userMessage;
  upstreamCode;
  upstreamMessage;
};
function codeForHttpError(status, upstreamCode) {
  if (isUpstreamErrorCode(upstreamCode)) return upstreamCode;
  if (status === 401) return "invalid_token";
  if (status === 402) return "used_up";
  if (status === 403) return "forbidden";
  if (status === 404) return "no_api";
  if (status === 408 || status === 504) return "timeout";
  if (status === 429) return "too_many_requests";
  if (status >= 500) return "api_error";
  if (status >= 400) return "bad_request";
  return "malformed_response";
}
var httpErrorMaybeSent = (status) => status === 502 || status === 504;
function isGrokError(error) {
  if (typeof error !== "object" || error === null) return false;
  const e = error;
  return e.name === GROK_ERROR && isGrokErrorCode(e.code) && typeof e.maybeSent === "boolean";
}
var MAYBE_SENT_UNREADABLE = `Something went wrong while Grok was answering; the video ${MAYBE_CREATED}`;
function classifySubmitFailure(error, sent) {
  if (!isGrokError(error)) {
    return sent ? { kind: "maybe_sent", code: "internal", message: MAYBE_SENT_UNREADABLE } : {
      kind: "not_sent",
      code: "internal",
      message: "The studio could not prepare this video, so nothing was sent or charged. Try again."
    };
  }
  const base = {
    code: error.code,
    message: error.userMessage,
    ...error.traceId ? { traceId: error.traceId } : {}
  };
  if (error.maybeSent) return { kind: "maybe_sent", ...base };
  const status = error.httpStatus;
  if (status === 429 || error.code === "rate_limited") return { kind: "busy", ...base };
  const refused = status !== void 0 && status >= 400 && status < 500 && status !== 429;
  return { kind: refused ? "rejected" : "not_sent", ...base };
}

// lib/grok/schemas.ts
import { z as z2 } from "zod";
var optionalString2 = z2.string().optional().catch(void 0);
var optionalSeconds = z2.number().finite().optional().catch(void 0);
var submitResponseSchema = z2.looseObject({
  task_id: z2.string().min(1),
  trace_id: optionalString2,
  success: z2.boolean().optional().catch(void 0)
});
var videoItemSchema = z2.looseObject({
  id: optionalString2,
  video_url: optionalString2,
  state: optionalString2
});
var upstreamErrorSchema = z2.looseObject({ code: optionalString2, message: optionalString2 });
var taskResponseSchema = z2.looseObject({
  success: z2.boolean().optional().catch(void 0),
  task_id: optionalString2,
  trace_id: optionalString2,
  data: z2.array(videoItemSchema).optional().catch(void 0),
  error: upstreamErrorSchema.optional().catch(void 0)
});
var taskRecordSchema = z2.looseObject({
  id: z2.string().min(1),
  type: optionalString2,
  // Documented, yet absent from their own retrieve example: tolerated when missing.
  created_at: optionalSeconds,
  started_at: optionalSeconds,
  finished_at: optionalSeconds,
  elapsed: optionalSeconds,
  trace_id: optionalString2,
  request: z2.looseObject({}).optional().catch(void 0),
  // Anything but an envelope (null while running, say) reads as "no answer yet".
  response: taskResponseSchema.optional().catch(void 0)
});
var batchResponseSchema = z2.looseObject({
  items: z2.array(z2.unknown()),
  count: z2.number().optional().catch(void 0),
  // [client] Their web client's time-window listing also reports the number of matches.
  total: z2.number().optional().catch(void 0)
});
var errorBodySchema = z2.looseObject({
  error: upstreamErrorSchema,
  trace_id: optionalString2
});
var DEFAULT_FAILURE = "The video could not be generated.";
function interpretTask(record) {
  const response = record.response;
  const base = {
    taskId: record.id,
    status: record.started_at === void 0 ? "pending" : "running",
    traceId: response?.trace_id ?? record.trace_id,
    startedAt: toDate(record.started_at),
    finishedAt: toDate(record.finished_at)
  };
  if (!response) return prune(base);
  return prune({ ...base, ...readEnvelope(response, base.status) });
}
function readEnvelope(response, unfinished) {
  const items = response.data ?? [];
  const failedItem = items.find((item) => item.state === "failed");
  if (response.success === false || failedItem) {
    return {
      status: "failed",
      errorCode: response.error?.code ?? "failed",
      errorMessage: response.error?.message ?? DEFAULT_FAILURE
    };
  }
  const videoUrl = items.find((item) => item.video_url)?.video_url;
  if (videoUrl && (response.success === true || items[0]?.state === "succeeded")) {
    return { status: "succeeded", videoUrl };
  }
  const state = items[0]?.state;
  if (state === "pending" || state === "processing")
    return { status: state === "pending" ? "pending" : "running" };
  if (response.success === void 0) return { status: unfinished };
  return {
    status: "failed",
    errorCode: "malformed_response",
    errorMessage: "The provider reported success but sent no video."
  };
}
var toDate = (seconds) => seconds === void 0 ? void 0 : new Date(seconds * 1e3);
function prune(task) {
  return Object.fromEntries(
    Object.entries(task).filter(([, v]) => v !== void 0)
  );
}

// lib/grok/answers.ts
var isSuccess = (answer) => answer.status >= 200 && answer.status < 300;
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function errorFromAnswer(answer, idempotent) {
  const body = errorBodySchema.safeParse(parseJson(answer.text));
  const upstream = body.success ? body.data : void 0;
  return new GrokError(codeForHttpError(answer.status, upstream?.error.code), {
    httpStatus: answer.status,
    traceId: upstream?.trace_id,
    maybeSent: httpErrorMaybeSent(answer.status),
    idempotent,
    upstreamCode: upstream?.error.code,
    upstreamMessage: upstream?.error.message ?? (upstream ? void 0 : answer.text.slice(0, 200) || void 0)
  });
}
function unexpectedSuccess(json, init) {
  const body = errorBodySchema.safeParse(json);
  const code = body.success ? body.data.error.code : void 0;
  if (body.success && isUpstreamErrorCode(code)) {
    return new GrokError(code, {
      httpStatus: init.httpStatus,
      traceId: body.data.trace_id,
      maybeSent: httpErrorMaybeSent(GROK_ERRORS[code].httpStatus ?? 0),
      idempotent: init.idempotent,
      upstreamCode: code,
      upstreamMessage: body.data.error.message
    });
  }
  const shown = init.text ?? JSON.stringify(json) ?? "";
  return new GrokError("malformed_response", {
    httpStatus: init.httpStatus,
    maybeSent: init.maybeSent,
    idempotent: init.idempotent,
    upstreamMessage: `Unexpected answer: ${shown.slice(0, 200)}`
  });
}

// lib/grok/transport.ts
var NOT_SENT = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
]);
function errorCodes(error, seen = /* @__PURE__ */ new Set()) {
  if (!error || typeof error !== "object" || seen.has(error)) return [];
  seen.add(error);
  const own = "code" in error && typeof error.code === "string" ? [error.code] : [];
  const nested = error instanceof AggregateError ? error.errors.flatMap((e) => errorCodes(e, seen)) : [];
  const cause = "cause" in error ? errorCodes(error.cause, seen) : [];
  return [...own, ...nested, ...cause];
}
var isTimeout = (error) => error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
function certainlyNotSent(error) {
  if (isTimeout(error)) return false;
  const codes = errorCodes(error);
  if (codes.length > 0) return codes.every((code) => NOT_SENT.has(code));
  return error instanceof TypeError && error.cause === void 0;
}
function transportError(error, idempotent) {
  const notSent = certainlyNotSent(error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const codes = errorCodes(error);
  return new GrokError(notSent ? "network" : "timeout_after_send", {
    maybeSent: !notSent,
    idempotent,
    upstreamMessage: codes.length > 0 ? `${detail} (${codes.join(", ")})` : detail,
    cause: error
  });
}
function parseRetryAfter(value, nowMs) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1e3;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - nowMs);
}
function backoffMs(attempt, random, baseMs = 500, capMs = 8e3) {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

// lib/grok/client.ts
var BATCH_MAX = 50;
var MAX_WAIT_MS = 8e3;
function submitBody(request) {
  return {
    prompt: request.prompt,
    model: request.model,
    ...request.imageUrl ? { image_url: request.imageUrl } : {},
    ...request.referenceImageUrls?.length ? { reference_image_urls: request.referenceImageUrls } : {},
    aspect_ratio: request.aspectRatio,
    resolution: request.resolution,
    duration: request.duration,
    ...request.callbackUrl ? { callback_url: request.callbackUrl } : {},
    async: true
  };
}
var READ = { httpStatus: 200, maybeSent: true, idempotent: true };
function createGrokClient(options) {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const sleep2 = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const maxReadRetries = options.maxReadRetries ?? 3;
  const headers = { "content-type": "application/json", accept: "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  async function post(path11, body, timeoutMs) {
    const response = await doFetch(`${baseUrl}${path11}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs)
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }
  async function submitVideo(request) {
    let answer;
    try {
      answer = await post("/grok/videos", submitBody(request), options.submitTimeoutMs ?? 3e4);
    } catch (error) {
      throw transportError(error, false);
    }
    if (!isSuccess(answer)) throw errorFromAnswer(answer, false);
    const json = parseJson(answer.text);
    const parsed = submitResponseSchema.safeParse(json);
    if (!parsed.success) {
      throw unexpectedSuccess(json, {
        httpStatus: answer.status,
        text: answer.text,
        maybeSent: true,
        idempotent: false
      });
    }
    const { task_id: taskId, trace_id: traceId } = parsed.data;
    return traceId ? { taskId, traceId } : { taskId };
  }
  async function attemptRead(body) {
    let answer;
    try {
      answer = await post("/grok/tasks", body, options.readTimeoutMs ?? 15e3);
    } catch (error) {
      return { ok: false, error: transportError(error, true), retry: true };
    }
    if (isSuccess(answer)) {
      const json = parseJson(answer.text);
      if (json !== void 0) return { ok: true, json };
      const error = unexpectedSuccess(json, { ...READ, httpStatus: answer.status, text: answer.text });
      return { ok: false, error, retry: false };
    }
    return {
      ok: false,
      error: errorFromAnswer(answer, true),
      retry: answer.status === 429 || answer.status >= 500,
      waitMs: parseRetryAfter(answer.headers.get("retry-after"), Date.now())
    };
  }
  async function readTasks(body) {
    for (let attempt = 0; ; attempt++) {
      const outcome = await attemptRead(body);
      if (outcome.ok) return outcome.json;
      const waitMs = outcome.waitMs ?? backoffMs(attempt, random, 500, MAX_WAIT_MS);
      if (!outcome.retry || attempt >= maxReadRetries || waitMs > MAX_WAIT_MS) throw outcome.error;
      await sleep2(waitMs);
    }
  }
  async function retrieveTask(id) {
    const json = await readTasks({ id, action: "retrieve" });
    const record = taskRecordSchema.safeParse(json);
    if (record.success) return record.data;
    const failure = unexpectedSuccess(json, READ);
    if (failure.code === "malformed_response" && isPlainObject(json) && !("id" in json)) {
      throw new GrokError("task_not_found", { ...READ, maybeSent: false, upstreamMessage: `No task ${id}.` });
    }
    throw failure;
  }
  async function retrieveTasks(ids) {
    const unique = [...new Set(ids)];
    const records = [];
    for (let i = 0; i < unique.length; i += BATCH_MAX) {
      const json = await readTasks({ ids: unique.slice(i, i + BATCH_MAX), action: "retrieve_batch" });
      const items = Array.isArray(json) ? json : batchResponseSchema.safeParse(json).data?.items;
      if (!items) throw unexpectedSuccess(json, READ);
      for (const item of items) {
        const record = taskRecordSchema.safeParse(item);
        if (record.success) records.push(record.data);
      }
    }
    return records;
  }
  async function listTasks(query) {
    const json = await readTasks({
      action: "retrieve_batch",
      type: "videos",
      created_at_min: query.createdAtMin.getTime() / 1e3,
      created_at_max: query.createdAtMax.getTime() / 1e3,
      offset: query.offset,
      limit: query.limit
    });
    const batch = Array.isArray(json) ? { items: json } : batchResponseSchema.safeParse(json).data;
    if (!batch) throw unexpectedSuccess(json, READ);
    const items = batch.items.flatMap((item) => {
      const record = taskRecordSchema.safeParse(item);
      return record.success ? [record.data] : [];
    });
    const total = "total" in batch ? batch.total : void 0;
    return { items, returned: batch.items.length, ...total !== void 0 ? { total } : {} };
  }
  return { submitVideo, retrieveTask, retrieveTasks, listTasks };
}
var isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// lib/storage/index.ts
import "server-only";

// lib/config/secrets.ts
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync as mkdirSync2, readFileSync, writeFileSync } from "node:fs";
import path5 from "node:path";
var cached2;
function authSecret() {
  cached2 ??= env().AUTH_SECRET ?? readOrCreateSecret(path5.join(dataDir(env().DATA_DIR), "auth-secret"));
  return cached2;
}
function readOrCreateSecret(file) {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync2(path5.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 384, flag: "wx" });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim();
    }
  }
}

// lib/storage/create-storage.ts
import "server-only";
import path7 from "node:path";

// lib/storage/local-driver.ts
import "server-only";
import { randomBytes as randomBytes3 } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path6 from "node:path";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";

// lib/storage/body.ts
import { Readable } from "node:stream";

// lib/errors.ts
var httpStatus = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  bad_request: 400,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  upstream_error: 502,
  internal: 500
};
var APP_ERROR = "AppError";
var AppError = class extends Error {
  constructor(code, message, details) {
    super(message);
    this.code = code;
    this.details = details;
    this.name = APP_ERROR;
  }
  code;
  details;
  get status() {
    return httpStatus[this.code];
  }
};

// lib/storage/body.ts
var DEFAULT_MAX_OBJECT_BYTES = 256 * 1024 * 1024;
function toReadable(body) {
  if (body instanceof Uint8Array) return Readable.from([body]);
  return body instanceof Readable ? body : Readable.from(body);
}
function byteGuard(maxBytes, expected) {
  if (expected !== void 0 && expected > maxBytes) throw tooLarge(maxBytes);
  return async function* guard(source) {
    let total = 0;
    for await (const chunk of source) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      total += bytes.byteLength;
      if (total > maxBytes) throw tooLarge(maxBytes);
      if (expected !== void 0 && total > expected) throw lengthMismatch(expected);
      yield bytes;
    }
    if (expected !== void 0 && total !== expected) throw lengthMismatch(expected);
  };
}
async function readAllCapped(body, maxBytes, expected) {
  const chunks = [];
  for await (const chunk of byteGuard(maxBytes, expected)(toReadable(body))) chunks.push(chunk);
  return Buffer.concat(chunks);
}
var MIB = 1024 * 1024;
var tooLarge = (maxBytes) => new AppError(
  "bad_request",
  `The file is larger than the ${maxBytes >= MIB ? `${Math.floor(maxBytes / MIB)} MiB` : `${maxBytes} byte`} limit.`
);
var lengthMismatch = (expected) => new AppError("bad_request", `The file's length does not match the declared ${expected} bytes.`);

// lib/storage/keys.ts
import { createHash, randomBytes as randomBytes2 } from "node:crypto";
var PREFIX_PATTERN = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;
var EXT_PATTERN = /^[a-z0-9]{1,8}$/;
var KEY_PATTERN = /^(?:[a-z0-9-]+\/)+[0-9a-f]{32}\.[a-z0-9]{1,8}$/;
var MAX_KEY_LENGTH = 200;
function stableKey(prefix, ext, seed) {
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Invalid storage key prefix: ${prefix}`);
  if (!EXT_PATTERN.test(ext)) throw new Error(`Invalid storage key extension: ${ext}`);
  const digest = createHash("sha256").update(`${prefix}:${seed}`).digest("hex").slice(0, 32);
  return `${prefix}/${digest}.${ext}`;
}
function isValidKey(key) {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);
}
function assertValidKey(key) {
  if (!isValidKey(key)) throw new AppError("bad_request", "Invalid storage key.");
}
function keyExtension(key) {
  return key.slice(key.lastIndexOf(".") + 1);
}

// lib/storage/signing.ts
import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
var FILES_ROUTE = "/api/files/";
var MAX_URL_LIFETIME_SECONDS = 7 * 24 * 60 * 60;
function deriveStorageSigningKey(secret) {
  return Buffer.from(hkdfSync("sha256", secret, "grok-video-studio", "storage-url-signature-v1", 32));
}
function signFileUrl(signingKey, key, exp, dl) {
  return createHmac("sha256", signingKey).update(`${key}|${exp}|${dl ?? ""}`).digest("base64url");
}
function verifyFileSignature(signingKey, input, nowMs) {
  const { key, exp, sig } = input;
  if (!exp || !sig || !/^\d{1,12}$/.test(exp) || Number(exp) * 1e3 <= nowMs) return false;
  const expected = Buffer.from(signFileUrl(signingKey, key, Number(exp), input.dl ?? void 0));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
function assertUrlLifetime(expiresInSeconds) {
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_URL_LIFETIME_SECONDS) {
    throw new RangeError(`expiresInSeconds must be a whole number from 1 to ${MAX_URL_LIFETIME_SECONDS}`);
  }
}
var STABLE_URL_WINDOW_SECONDS = 3600;
function expiryFor(expiresInSeconds, nowMs) {
  assertUrlLifetime(expiresInSeconds);
  const exp = Math.floor(nowMs / 1e3) + expiresInSeconds;
  if (expiresInSeconds < 2 * STABLE_URL_WINDOW_SECONDS) return exp;
  return Math.ceil(exp / STABLE_URL_WINDOW_SECONDS) * STABLE_URL_WINDOW_SECONDS;
}
function stableSigning(expiresInSeconds, nowMs) {
  assertUrlLifetime(expiresInSeconds);
  if (expiresInSeconds < 2 * STABLE_URL_WINDOW_SECONDS)
    return { signingDate: new Date(nowMs), expiresIn: expiresInSeconds };
  const windowStart = Math.floor(nowMs / 1e3 / STABLE_URL_WINDOW_SECONDS) * STABLE_URL_WINDOW_SECONDS;
  const expiresIn = Math.min(
    MAX_URL_LIFETIME_SECONDS,
    Math.ceil(nowMs / 1e3) - windowStart + expiresInSeconds
  );
  return { signingDate: new Date(windowStart * 1e3), expiresIn };
}
function fileUrlPath(key, exp, sig, dl) {
  const query = new URLSearchParams({ exp: String(exp), sig });
  if (dl) query.set("dl", dl);
  return `${FILES_ROUTE}${key}?${query.toString()}`;
}

// lib/storage/local-driver.ts
var TYPES_BY_EXTENSION = {
  mp4: "video/mp4",
  webm: "video/webm",
  mov: "video/quicktime",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif"
};
var FALLBACK_TYPE = "application/octet-stream";
function createLocalDriver(options) {
  const { root, signingKey, maxBytes = DEFAULT_MAX_OBJECT_BYTES, now = Date.now } = options;
  const fileFor = (key) => {
    assertValidKey(key);
    return path6.join(root, key);
  };
  const metaFor = (file) => `${file}.meta.json`;
  async function contentTypeOf(file, key) {
    try {
      const meta = JSON.parse(await readFile(metaFor(file), "utf8"));
      if (typeof meta.contentType === "string") return meta.contentType;
    } catch {
    }
    return TYPES_BY_EXTENSION[keyExtension(key)] ?? FALLBACK_TYPE;
  }
  async function writeAtomically(file, write) {
    const tmp = path6.join(
      path6.dirname(file),
      `.${path6.basename(file)}.${randomBytes3(6).toString("hex")}.tmp`
    );
    try {
      await write(tmp);
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
  return {
    kind: "local",
    async put(key, body, { contentType, contentLength }) {
      const file = fileFor(key);
      const guard = byteGuard(maxBytes, contentLength);
      await mkdir(path6.dirname(file), { recursive: true });
      await writeAtomically(file, async (tmp) => {
        await pipeline(toReadable(body), guard, createWriteStream(tmp, { flags: "wx", mode: 384 }));
        await writeAtomically(
          metaFor(file),
          (metaTmp) => writeFile(metaTmp, JSON.stringify({ contentType }), { flag: "wx", mode: 384 })
        );
      });
    },
    async head(key) {
      const file = fileFor(key);
      const info = await stat(file).catch(nullIfMissing);
      if (!info?.isFile()) return null;
      return { size: info.size, contentType: await contentTypeOf(file, key) };
    },
    async read(key, range) {
      const file = fileFor(key);
      const handle = await open(file, "r").catch(nullIfMissing);
      if (!handle) return null;
      try {
        const { size } = await handle.stat();
        if (range && (range.start < 0 || range.end < range.start || range.start >= size)) {
          throw new RangeError(`Range ${range.start}-${range.end} is outside a ${size}-byte object`);
        }
        const contentType = await contentTypeOf(file, key);
        const stream = handle.createReadStream(
          range ? { start: range.start, end: Math.min(range.end, size - 1) } : {}
        );
        return { stream, size, contentType };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
    async delete(key) {
      const file = fileFor(key);
      await rm(file, { force: true });
      await rm(metaFor(file), { force: true });
    },
    async signedUrl(key, { expiresInSeconds, downloadName, baseUrl }) {
      assertValidKey(key);
      const exp = expiryFor(expiresInSeconds, now());
      const urlPath = fileUrlPath(key, exp, signFileUrl(signingKey, key, exp, downloadName), downloadName);
      return baseUrl ? new URL(urlPath, baseUrl).toString() : urlPath;
    },
    verifySignature(key, exp, sig, dl) {
      return verifyFileSignature(signingKey, { key, exp, sig, dl }, now());
    }
  };
}
function nullIfMissing(error) {
  if (error.code === "ENOENT") return null;
  throw error;
}

// lib/storage/s3-driver.ts
import "server-only";
import { Readable as Readable2 } from "node:stream";

// lib/storage/content-disposition.ts
function contentDisposition(type, filename) {
  if (!filename) return type;
  const clean = filename.replace(/[\u0000-\u001f\u007f/\\]/g, "_").trim() || "download";
  const ascii = clean.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "'");
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(clean)}`;
}
function encodeRfc8187(value) {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}

// lib/storage/s3-driver.ts
function createS3Driver(options) {
  const { bucket, maxBytes = DEFAULT_MAX_OBJECT_BYTES } = options;
  const { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } = requireAtRunTime("@aws-sdk/client-s3");
  const { getSignedUrl } = requireAtRunTime(
    "@aws-sdk/s3-request-presigner"
  );
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : void 0,
    // The SDK's default CRC32 trailers wrap streamed bodies in aws-chunked encoding, which several
    // S3-compatible servers store verbatim or refuse; our own length check guards the upload.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED"
  });
  return {
    kind: "s3",
    async put(key, body, { contentType, contentLength }) {
      assertValidKey(key);
      const putObject = async (payload, length, abortSignal) => {
        const command = new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: payload,
          ContentLength: length,
          ContentType: contentType
        });
        await client.send(command, { abortSignal });
      };
      if (body instanceof Uint8Array || contentLength === void 0) {
        const bytes = await readAllCapped(body, maxBytes, contentLength);
        return putObject(bytes, bytes.length);
      }
      const source = Readable2.from(byteGuard(maxBytes, contentLength)(toReadable(body)));
      const abort = new AbortController();
      let failure;
      source.once("error", (error) => {
        failure = error;
        abort.abort(error);
      });
      try {
        await putObject(source, contentLength, abort.signal);
      } catch (error) {
        throw failure ?? error;
      }
    },
    async head(key) {
      assertValidKey(key);
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: out.ContentLength ?? 0, contentType: out.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      assertValidKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    async signedUrl(key, { expiresInSeconds, downloadName }) {
      assertValidKey(key);
      const signing = stableSigning(expiresInSeconds, Date.now());
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentDisposition: downloadName ? contentDisposition("attachment", downloadName) : void 0
      });
      return getSignedUrl(client, command, signing);
    }
  };
}
function isNotFound(error) {
  const e = error;
  return Boolean(
    e && typeof e === "object" && (e.name === "NotFound" || e.$metadata?.httpStatusCode === 404)
  );
}

// lib/storage/create-storage.ts
function createStorage(config2) {
  if (config2.driver === "s3") return createS3Driver(config2);
  return createLocalDriver({
    root: path7.join(config2.dataDir, "storage"),
    signingKey: deriveStorageSigningKey(config2.secret),
    maxBytes: config2.maxBytes,
    now: config2.now
  });
}

// lib/storage/index.ts
function getStorage() {
  globalThis.__storage ??= createStorage(storageConfigFromEnv());
  return globalThis.__storage;
}
function storageConfigFromEnv() {
  const config2 = env();
  if (config2.STORAGE_DRIVER === "local") {
    return { driver: "local", dataDir: dataDir(config2.DATA_DIR), secret: authSecret() };
  }
  if (!config2.S3_BUCKET) throw new Error("S3_BUCKET is required when STORAGE_DRIVER=s3.");
  return {
    driver: "s3",
    bucket: config2.S3_BUCKET,
    region: config2.S3_REGION,
    endpoint: config2.S3_ENDPOINT,
    forcePathStyle: config2.S3_FORCE_PATH_STYLE,
    accessKeyId: config2.S3_ACCESS_KEY_ID,
    secretAccessKey: config2.S3_SECRET_ACCESS_KEY
  };
}

// lib/uploads/wiring.ts
import "server-only";

// lib/uploads/availability.ts
import { isIP as isIP2 } from "node:net";

// lib/net/private-address.ts
import { BlockList, isIP } from "node:net";
var IPV4_RANGES = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4]
];
var IPV6_RANGES = [
  ["::", 96],
  // unspecified, loopback and the deprecated IPv4-compatible form
  ["100::", 64],
  // discard
  ["2001::", 32],
  // Teredo tunnels, which embed an address we cannot see
  ["2001:db8::", 32],
  // documentation
  ["fc00::", 7],
  // unique local (includes AWS's fd00:ec2::254 metadata)
  ["fe80::", 10],
  // link-local
  ["fec0::", 10],
  // deprecated site-local
  ["ff00::", 8]
  // multicast
];
var IPV4_CARRIERS = [
  { prefix: (hex) => `::ffff:${hex}`, offset: 96 },
  { prefix: (hex) => `64:ff9b::${hex}`, offset: 96 },
  { prefix: (hex) => `2002:${hex}::`, offset: 16 }
];
var blocked = new BlockList();
for (const [address, bits] of IPV4_RANGES) {
  blocked.addSubnet(address, bits, "ipv4");
  const hex = ipv4ToHex(address);
  for (const carrier of IPV4_CARRIERS) blocked.addSubnet(carrier.prefix(hex), carrier.offset + bits, "ipv6");
}
for (const [address, bits] of IPV6_RANGES) blocked.addSubnet(address, bits, "ipv6");
function isPrivateAddress(address) {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return true;
  return blocked.check(bare, family === 4 ? "ipv4" : "ipv6");
}
function ipv4ToHex(address) {
  const [a = 0, b = 0, c = 0, d = 0] = address.split(".").map(Number);
  return `${(a << 8 | b).toString(16)}:${(c << 8 | d).toString(16)}`;
}

// lib/uploads/availability.ts
var NEEDS_PUBLIC_ADDRESS = "Reference images need a public address: set APP_URL to this studio's public URL, or use S3 storage (STORAGE_DRIVER=s3).";
var PRIVATE_SUFFIXES = [".localhost", ".local", ".internal", ".lan", ".home.arpa"];
function imageUploadAvailability(config2) {
  if (config2.demo || config2.storageDriver === "s3") return { available: true };
  if (config2.appUrl && isPublicUrl(config2.appUrl)) return { available: true };
  return { available: false, reason: NEEDS_PUBLIC_ADDRESS };
}
function isPublicUrl(url) {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  if (protocol !== "https:" && protocol !== "http:") return false;
  const host = hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  if (isIP2(host)) return !isPrivateAddress(host);
  if (host === "localhost" || !host.includes(".")) return false;
  return !PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

// lib/uploads/image-urls.ts
import "server-only";
var UPSTREAM_IMAGE_URL_SECONDS = 24 * 60 * 60;
var NOT_IN_WORKSPACE = "One of the images is not in this workspace.";
async function assertImagesInWorkspace(db2, workspaceId, ids) {
  const wanted = [.../* @__PURE__ */ new Set([...ids.inputImageId ? [ids.inputImageId] : [], ...ids.referenceImageIds])];
  if (wanted.length === 0) return /* @__PURE__ */ new Map();
  const assets = await db2.asset.findMany({
    where: { id: { in: wanted }, workspaceId, kind: "image" },
    select: { id: true, storageKey: true }
  });
  if (assets.length !== wanted.length) throw new AppError("not_found", NOT_IN_WORKSPACE);
  return new Map(assets.map((a) => [a.id, a.storageKey]));
}
function resolveImageUrlsFor(options) {
  const { db: db2, storage, workspaceId, publicBaseUrl } = options;
  return async (ids) => {
    const keys = await assertImagesInWorkspace(db2, workspaceId, ids);
    if (keys.size === 0) return { referenceImageUrls: [] };
    if (storage.kind === "local" && !publicBaseUrl) throw new AppError("bad_request", NEEDS_PUBLIC_ADDRESS);
    const sign = (id) => storage.signedUrl(keys.get(id), {
      expiresInSeconds: UPSTREAM_IMAGE_URL_SECONDS,
      ...storage.kind === "local" ? { baseUrl: publicBaseUrl } : {}
    });
    const [imageUrl, referenceImageUrls] = await Promise.all([
      ids.inputImageId ? sign(ids.inputImageId) : void 0,
      Promise.all(ids.referenceImageIds.map(sign))
    ]);
    return { ...imageUrl ? { imageUrl } : {}, referenceImageUrls };
  };
}

// lib/uploads/wiring.ts
var uploadAvailability = () => imageUploadAvailability({
  demo: isDemoMode(),
  storageDriver: env().STORAGE_DRIVER,
  appUrl: env().APP_URL
});
var imageUrlResolver = (workspaceId) => resolveImageUrlsFor({
  db,
  storage: getStorage(),
  workspaceId,
  publicBaseUrl: isDemoMode() ? selfUrl() : env().APP_URL
});

// lib/generations/demo-token.ts
import "server-only";
import path8 from "node:path";
var cached3;
function demoToken() {
  cached3 ??= readOrCreateSecret(path8.join(dataDir(env().DATA_DIR), "simulator-token"));
  return cached3;
}

// lib/generations/media-policy.ts
import "server-only";
var MAX_MIRROR_BYTES = 200 * 1024 * 1024;
function mediaPolicy() {
  const configured = env().ACEDATA_MEDIA_HOSTS;
  let allowedHosts = configured;
  if (isDemoMode()) {
    const self = new URL(selfUrl());
    allowedHosts = [...configured, self.origin, `http://localhost:${self.port || "80"}`];
  }
  return {
    allowedHosts,
    allowHttp: false,
    allowPrivateNetwork: false,
    maxBytes: MAX_MIRROR_BYTES,
    timeoutMs: env().MEDIA_FETCH_TIMEOUT_SECONDS * 1e3
  };
}

// lib/generations/wiring.ts
var selfUrl = () => `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
var submitTimeoutMs = () => env().ACEDATA_SUBMIT_TIMEOUT_SECONDS * 1e3;
var taskGraceMs = () => env().TASK_GRACE_SECONDS * 1e3;
var generationTimeoutMs = () => env().GENERATION_TIMEOUT_MINUTES * 6e4;
function grokClient() {
  globalThis.__grokClient ??= isDemoMode() ? createGrokClient({
    baseUrl: `${selfUrl()}/api/simulator`,
    token: demoToken(),
    submitTimeoutMs: submitTimeoutMs()
  }) : createGrokClient({
    baseUrl: env().ACEDATA_BASE_URL,
    token: env().ACEDATA_API_TOKEN,
    submitTimeoutMs: submitTimeoutMs()
  });
  return globalThis.__grokClient;
}
var callbackBaseUrl = () => env().APP_URL ?? (isDemoMode() ? selfUrl() : void 0);
var lifecycleDeps = (jobs) => ({
  db,
  grok: grokClient(),
  jobs,
  appUrl: callbackBaseUrl(),
  resolveImageUrls: (workspaceId, ids) => imageUrlResolver(workspaceId)(ids),
  imageAvailability: uploadAvailability,
  cap: env().ACEDATA_MAX_IN_FLIGHT,
  submitTimeoutMs: submitTimeoutMs(),
  timeoutMs: generationTimeoutMs(),
  graceMs: taskGraceMs(),
  storage: getStorage(),
  policy: mediaPolicy()
});

// lib/jobs/engine.ts
import "server-only";

// lib/jobs/boss.ts
import "server-only";
import PgBoss from "pg-boss";

// lib/jobs/queues.ts
var QUEUES = {
  /**
   * Wake-ups of the dispatcher, which fills the upstream token's free slots from the queued
   * generations, fairly. `short`: one waiting wake-up per key is enough ("now", "later").
   */
  dispatch: { name: "dispatch", policy: "short", retryLimit: 3, retryDelay: 2, expireInSeconds: 120 },
  /**
   * One delayed look per pending generation (`singletonKey` = its id). `stately`: one waiting and
   * one running per generation, so a task is read by one worker at a time. A look takes a read or
   * two (15 s timeouts): one still running after a minute belonged to a worker that died.
   */
  check: {
    name: "check",
    policy: "stately",
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 60,
    deadLetter: "check-dead"
  },
  /**
   * Copies a finished video into storage and makes its poster. Its expiry (set from the fetch
   * timeout when the engine starts: twice it plus a minute) is longer than any copy may take, so
   * a slow copy is never taken over by a second worker midway.
   */
  mirror: {
    name: "mirror",
    policy: "stately",
    retryLimit: 7,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 300,
    deadLetter: "mirror-dead"
  },
  /** Periodic: unused uploads and the files of deleted generations; overdue rows get new jobs. */
  cleanup: { name: "cleanup", policy: "short", retryLimit: 1, expireInSeconds: 600 },
  recover: { name: "recover", policy: "short", retryLimit: 1, expireInSeconds: 120 },
  /** Notifications to people ("your video is ready"); mail itself arrives with the teams issue. */
  notify: {
    name: "notify",
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 120,
    deadLetter: "notify-dead"
  }
};
var DEAD_LETTER_QUEUES = ["check-dead", "mirror-dead", "notify-dead"];
var CRON = {
  cleanup: "17 * * * *",
  recover: "* * * * *"
};
var DEFAULT_SCHEMA = "pgboss";
var MIRROR_ATTEMPTS = QUEUES.mirror.retryLimit + 1;
async function declareQueues(boss, options = {}) {
  for (const name of DEAD_LETTER_QUEUES) await boss.createQueue(name, { name, retentionDays: 14 });
  for (const declared of Object.values(QUEUES)) {
    const queue = {
      ...declared,
      ...declared.name === QUEUES.mirror.name && options.mirrorExpireSeconds ? { expireInSeconds: options.mirrorExpireSeconds } : {},
      ...options.retryPacing?.[declared.name]
    };
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }
}

// lib/jobs/boss.ts
async function startBoss(database2, options = {}) {
  const supervise = options.supervise ?? true;
  const common = {
    schema: options.schema ?? DEFAULT_SCHEMA,
    supervise,
    schedule: supervise,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30
  };
  const boss = "url" in database2 ? new PgBoss({ ...common, connectionString: database2.url, max: 4 }) : new PgBoss({ ...common, db: pgliteExecutor(database2.pglite) });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  await declareQueues(boss, {
    mirrorExpireSeconds: options.mirrorExpireSeconds,
    retryPacing: options.retryPacing
  });
  return boss;
}
function pgliteExecutor(pglite) {
  return {
    async executeSql(text, values) {
      if (values?.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    }
  };
}

// lib/jobs/enqueue.ts
import "server-only";
function bossJobs(boss, schema = DEFAULT_SCHEMA) {
  const waitingChecks = async (generationId) => {
    const { rows } = await boss.getDb().executeSql(
      `SELECT id FROM ${schema}.job WHERE name = $1 AND singleton_key = $2 AND state < 'active'`,
      [QUEUES.check.name, generationId]
    );
    return rows.map((r) => r.id);
  };
  const cancelCheck = async (generationId) => {
    const ids = await waitingChecks(generationId);
    if (ids.length) await boss.cancel(QUEUES.check.name, ids);
  };
  return {
    async dispatch(at) {
      await boss.send(
        QUEUES.dispatch.name,
        {},
        at ? { singletonKey: "later", startAfter: at } : { singletonKey: "now" }
      );
    },
    async check(generationId, at) {
      await boss.send(QUEUES.check.name, { generationId }, {
        singletonKey: generationId,
        startAfter: at
      });
    },
    async checkNow(generationId) {
      await cancelCheck(generationId);
      await this.check(generationId, /* @__PURE__ */ new Date());
    },
    cancelCheck,
    async mirror(generationId) {
      await boss.send(QUEUES.mirror.name, { generationId }, {
        singletonKey: generationId
      });
    },
    async notify(notification) {
      await boss.send(QUEUES.notify.name, notification);
    }
  };
}

// lib/jobs/engine.ts
function jobEngine(options = {}) {
  globalThis.__jobEngine ??= (async () => {
    const opened = database();
    const config2 = env();
    const settings = {
      supervise: options.supervise ?? config2.RECONCILER !== "off",
      maintenanceIntervalSeconds: config2.JOBS_MAINTENANCE_SECONDS,
      mirrorExpireSeconds: config2.JOBS_MIRROR_EXPIRE_SECONDS ?? config2.MEDIA_FETCH_TIMEOUT_SECONDS * 2 + 60
    };
    if (opened.pglite) {
      await opened.pglite.waitReady;
      return startBoss({ pglite: opened.pglite }, settings);
    }
    return startBoss({ url: opened.url }, settings);
  })().catch((error) => {
    globalThis.__jobEngine = void 0;
    throw error;
  });
  return globalThis.__jobEngine;
}

// lib/jobs/start-workers.ts
import "server-only";

// lib/generations/check-generations.ts
import "server-only";

// lib/generations/apply-event.ts
import "server-only";

// lib/generations/state-machine.ts
var ACTIVE_STATES = [
  "queued",
  "unknown",
  "submitted",
  "running"
];
var FAILED_STATES = [
  "rejected",
  "failed",
  "timed_out",
  "canceled"
];
var POLLED_STATES = ["unknown", "submitted", "running"];
var isActive = (s) => ACTIVE_STATES.includes(s);
var isFailed = (s) => FAILED_STATES.includes(s);
var isPolled = (s) => POLLED_STATES.includes(s);
var RANK = {
  queued: 0,
  unknown: 1,
  submitted: 2,
  running: 3,
  timed_out: 4,
  failed: 5,
  rejected: 5,
  canceled: 5,
  succeeded: 6,
  ready: 7
};
var UNSURE_TIMEOUT = "Grok never confirmed whether this video was started, so its seconds were not given back. If it was made, it will still appear here.";
var PENDING_TIMEOUT = "The video took too long to arrive, so its seconds were given back. If Grok still finishes it, it will appear here.";
function transition(current, event) {
  const next = target(current, event);
  if (!next || RANK[next.state] <= RANK[current.state]) return null;
  return next;
}
function target(current, event) {
  switch (event.type) {
    case "accepted":
      if (current.state !== "queued" && current.state !== "unknown") return null;
      return { state: "submitted", taskId: event.taskId, traceId: event.traceId, submittedAt: event.at };
    case "rejected":
    case "send_failed":
      if (current.state !== "queued") return null;
      return {
        state: event.type === "rejected" ? "rejected" : "failed",
        errorCode: event.code,
        errorMessage: event.message,
        traceId: event.traceId,
        finishedAt: event.at,
        refund: true
      };
    case "outcome_unknown":
      if (current.state !== "queued") return null;
      return { state: "unknown", errorCode: event.code, errorMessage: event.message };
    case "observed":
      return observe(current, event.task, event.at);
    case "mirrored":
      return current.state === "succeeded" ? { state: "ready", videoAssetId: event.videoAssetId } : null;
    case "deadline_passed": {
      if (!isActive(current.state)) return null;
      const unsure = current.state === "unknown" || current.state === "queued" && Boolean(current.sendStartedAt);
      return {
        state: "timed_out",
        errorCode: "timed_out",
        errorMessage: unsure ? UNSURE_TIMEOUT : PENDING_TIMEOUT,
        finishedAt: event.at,
        refund: !unsure
      };
    }
    case "not_found":
      if (!isPolled(current.state)) return null;
      return {
        state: "failed",
        errorCode: "task_not_found",
        errorMessage: GROK_ERRORS.task_not_found.userMessage,
        finishedAt: event.at,
        refund: true
      };
    case "canceled":
      return current.state === "queued" && !current.sendStartedAt ? { state: "canceled", finishedAt: event.at, refund: true } : null;
  }
}
function observe(current, task, at) {
  if (current.taskId && current.taskId !== task.taskId) return null;
  const identity = { taskId: task.taskId, ...task.traceId ? { traceId: task.traceId } : {} };
  switch (task.status) {
    case "pending":
      return { state: "submitted", ...identity };
    case "running":
      return { state: "running", ...identity, ...task.startedAt ? { startedAt: task.startedAt } : {} };
    case "succeeded":
      if (!task.videoUrl) return null;
      return {
        state: "succeeded",
        ...identity,
        providerVideoUrl: task.videoUrl,
        errorCode: null,
        errorMessage: null,
        finishedAt: task.finishedAt ?? at
      };
    case "failed":
      return {
        state: "failed",
        ...identity,
        errorCode: task.errorCode ?? "task_failed",
        errorMessage: failedTaskMessage(task.errorCode),
        finishedAt: task.finishedAt ?? at,
        // Failed tasks are not billed (GROK_API.md §6).
        refund: true
      };
  }
}
function failedTaskMessage(code) {
  if (code === "forbidden") return GROK_ERRORS.forbidden.userMessage;
  if (code === "bad_request") return "Grok could not use these settings or images. Check them and try again.";
  if (isGrokErrorCode(code) && !GROK_ERRORS[code].transient) return GROK_ERRORS[code].userMessage;
  return "Grok could not make this video, and nothing was charged for it. Try again.";
}

// lib/generations/apply-event.ts
async function applyEvent(db2, generationId, event, alsoWrite) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await db2.generation.findUnique({
      where: { id: generationId },
      select: { state: true, taskId: true, submittedAt: true, sendStartedAt: true }
    });
    if (!current) return { changed: false, state: "failed" };
    const patch = transition(current, event);
    if (!patch) return { changed: false, state: current.state };
    const { refund, ...fields } = patch;
    const { count } = await db2.generation.updateMany({
      where: { id: generationId, state: current.state, sendStartedAt: current.sendStartedAt },
      data: {
        ...fields,
        // A task seen after an unknown outcome was sent after all: record when we learnt it.
        ...!current.submittedAt && fields.taskId ? { submittedAt: fields.submittedAt ?? event.at } : {},
        ...isActive(fields.state) ? {} : { taskMissingSince: null },
        ...defaultScheduling(fields.state),
        ...alsoWrite?.(fields.state)
      }
    });
    if (count === 1) {
      await settleUsage(db2, generationId, fields.state, refund ?? false);
      return { changed: true, state: fields.state };
    }
  }
  throw new Error(`Generation ${generationId} kept changing under us; giving up this event.`);
}
function defaultScheduling(next) {
  if (next === "succeeded") return { nextPollAt: /* @__PURE__ */ new Date() };
  if (isActive(next)) return {};
  return { nextPollAt: null, sendReservedUntil: null };
}
async function settleUsage(db2, generationId, to, refund) {
  const g = await db2.generation.findUnique({
    where: { id: generationId },
    select: { workspaceId: true, creatorId: true, durationSec: true }
  });
  if (!g) return;
  const rows = await db2.usageEvent.groupBy({
    by: ["kind"],
    where: { generationId },
    _sum: { seconds: true }
  });
  const sum = (kind2) => rows.find((r) => r.kind === kind2)?._sum.seconds ?? 0;
  const charged = sum("requested") - sum("refunded") > 0;
  const kind = isFailed(to) ? refund && charged ? "refunded" : null : charged ? null : "requested";
  if (!kind) return;
  await db2.usageEvent.create({
    data: { workspaceId: g.workspaceId, userId: g.creatorId, generationId, kind, seconds: g.durationSec }
  });
}

// lib/generations/find-lost-tasks.ts
import "server-only";

// lib/generations/send-generation.ts
import "server-only";

// lib/generations/callback-secret.ts
import "server-only";
import { createHash as createHash2, randomBytes as randomBytes4, timingSafeEqual as timingSafeEqual2 } from "node:crypto";
var sha256 = (value) => createHash2("sha256").update(value).digest();
function createCallbackSecret() {
  const secret = randomBytes4(32).toString("base64url");
  return { secret, hash: sha256(secret).toString("hex") };
}
function callbackUrl(appUrl, generationId, secret) {
  const url = new URL(`/api/webhooks/grok/${encodeURIComponent(generationId)}`, appUrl);
  url.searchParams.set("token", secret);
  return url.toString();
}

// lib/generations/follow-up.ts
import "server-only";

// lib/generations/next-look.ts
function nextLook(state, attempts, now, random = Math.random) {
  if (state === "succeeded") return now;
  if (!isPolled(state)) return null;
  const base = Math.min(MAX_POLL_DELAY_MS, FIRST_POLL_DELAY_MS * 1.5 ** Math.max(0, attempts));
  const jittered = base * (0.8 + random() * 0.4);
  const delay = Math.min(MAX_POLL_DELAY_MS, Math.max(FIRST_POLL_DELAY_MS, jittered));
  return onGrid(now.getTime() + delay, now.getTime());
}
var LOOK_GRID_MS = 2500;
function onGrid(at, now) {
  const up = Math.ceil(at / LOOK_GRID_MS) * LOOK_GRID_MS;
  if (up - now <= MAX_POLL_DELAY_MS) return new Date(up);
  const down = Math.floor(at / LOOK_GRID_MS) * LOOK_GRID_MS;
  return new Date(Math.max(down, now + FIRST_POLL_DELAY_MS));
}
function nextSendAttempt(attempts, now, random = Math.random) {
  const base = Math.min(6e4, 5e3 * 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + Math.round(base * (0.75 + random() * 0.5)));
}
var FIRST_POLL_DELAY_MS = 5e3;
var MAX_POLL_DELAY_MS = 15e3;
var TASK_GRACE_MS = 3 * 6e4;
var SUBMIT_TIMEOUT_MS = 3e4;
var LOST_JOB_AFTER_MS = 2 * 6e4;

// lib/generations/follow-up.ts
async function followUp(deps, generationId, result, now, attempts = 0) {
  if (!result.changed) return;
  await scheduleLook(deps, generationId, result.state, now, attempts);
  const { jobs } = deps;
  if (!jobs) return;
  if (result.state === "ready") await jobs.notify({ kind: "generation_ready", generationId });
  if (isFailed(result.state)) {
    await jobs.cancelCheck(generationId);
    await jobs.dispatch();
    if (result.state === "failed" || result.state === "timed_out") {
      await jobs.notify({ kind: "generation_failed", generationId });
    }
  }
  if (result.state === "succeeded") {
    await jobs.cancelCheck(generationId);
    await jobs.dispatch();
  }
}
async function scheduleLook(deps, generationId, state, now, attempts) {
  const at = nextLook(state, attempts, now);
  if (!at) return null;
  await deps.db.generation.update({ where: { id: generationId }, data: { nextPollAt: at } });
  if (state === "succeeded") await deps.jobs?.mirror(generationId);
  else await deps.jobs?.check(generationId, at);
  return at;
}

// lib/generations/send-generation.ts
async function sendGeneration(deps, generationId) {
  const at = () => deps.now?.() ?? /* @__PURE__ */ new Date();
  const g = await deps.db.generation.findFirst({
    where: { id: generationId, state: "queued", sendStartedAt: null }
  });
  if (!g) return "not_ours";
  let request;
  const { secret, hash } = createCallbackSecret();
  try {
    const images = deps.resolveImageUrls ? await deps.resolveImageUrls(g.workspaceId, {
      inputImageId: g.inputImageId,
      referenceImageIds: g.referenceImageIds
    }) : { referenceImageUrls: [] };
    request = {
      prompt: g.prompt,
      model: g.model,
      aspectRatio: g.aspectRatio,
      resolution: g.resolution,
      duration: g.durationSec,
      ...images.imageUrl ? { imageUrl: images.imageUrl } : {},
      ...images.referenceImageUrls.length ? { referenceImageUrls: images.referenceImageUrls } : {},
      ...deps.appUrl ? { callbackUrl: callbackUrl(deps.appUrl, generationId, secret) } : {}
    };
  } catch (error) {
    console.error(`[send] generation ${generationId} could not be prepared`, error);
    const failure = classifySubmitFailure(error, false);
    const r = await applyEvent(deps.db, generationId, { type: "send_failed", ...failure, at: at() });
    await followUp(deps, generationId, r, at());
    return "failed";
  }
  const sendStartedAt = at();
  const claimed = await deps.db.generation.updateMany({
    where: { id: generationId, state: "queued", sendStartedAt: null },
    data: {
      sendStartedAt,
      sendReservedUntil: null,
      // If no answer is recorded by then (this process died), a look finds out what happened.
      nextPollAt: new Date(sendStartedAt.getTime() + (deps.submitTimeoutMs ?? SUBMIT_TIMEOUT_MS) + 1e3),
      // Exactly what goes out, so a lost answer can be matched to its task in the provider's list.
      sentRequest: redactCallbackToken(submitBody(request)),
      callbackSecretHash: hash
    }
  });
  if (claimed.count !== 1) return "not_ours";
  try {
    const accepted = await deps.grok.submitVideo(request);
    const r = await applyEvent(deps.db, generationId, { type: "accepted", ...accepted, at: at() });
    await followUp(deps, generationId, r, at());
    return "sent";
  } catch (error) {
    const failure = classifySubmitFailure(error, true);
    if (failure.kind !== "rejected") console.warn(`[send] generation ${generationId}: ${String(error)}`);
    if (failure.kind === "busy") return requeue(deps, generationId, sendStartedAt);
    if (failure.kind === "maybe_sent") {
      const r2 = await applyEvent(deps.db, generationId, {
        type: "outcome_unknown",
        code: failure.code,
        message: failure.message,
        at: at()
      });
      await followUp(deps, generationId, r2, at());
      return "unknown";
    }
    const type = failure.kind === "rejected" ? "rejected" : "send_failed";
    const r = await applyEvent(deps.db, generationId, { type, ...failure, at: at() });
    await followUp(deps, generationId, r, at());
    return "failed";
  }
}
async function requeue(deps, generationId, sendStartedAt) {
  const g = await deps.db.generation.findUnique({
    where: { id: generationId },
    select: { sendAttempts: true }
  });
  const attempts = (g?.sendAttempts ?? 0) + 1;
  const retryAt = nextSendAttempt(attempts, deps.now?.() ?? /* @__PURE__ */ new Date());
  await deps.db.generation.updateMany({
    where: { id: generationId, state: "queued", sendStartedAt },
    data: {
      sendStartedAt: null,
      sentRequest: prismaNamespace_exports.DbNull,
      callbackSecretHash: null,
      sendAttempts: attempts,
      nextPollAt: retryAt
    }
  });
  await deps.jobs?.dispatch(retryAt);
  return "requeued";
}
function redactCallbackToken(body) {
  if (typeof body.callback_url !== "string" || !URL.canParse(body.callback_url)) return body;
  const url = new URL(body.callback_url);
  url.searchParams.delete("token");
  return { ...body, callback_url: url.toString() };
}

// lib/generations/find-lost-tasks.ts
var PAGE = 50;
var MAX_PAGES = 10;
var SLACK_MS = 3e4;
async function findLostTasks(deps, lost, submitTimeoutMs2) {
  const found = /* @__PURE__ */ new Map();
  if (lost.length === 0) return { found, conclusive: true };
  const times = lost.map((l) => l.sendStartedAt.getTime());
  const createdAtMin = new Date(Math.min(...times) - SLACK_MS);
  const createdAtMax = new Date(Math.max(...times) + submitTimeoutMs2 + SLACK_MS);
  const records = [];
  let conclusive = false;
  try {
    const seen = /* @__PURE__ */ new Set();
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await deps.grok.listTasks({
        createdAtMin,
        createdAtMax,
        offset: page * PAGE,
        limit: PAGE
      });
      const fresh = result.items.filter((r) => !seen.has(r.id));
      if (result.items.length > 0 && fresh.length === 0) break;
      for (const r of fresh) seen.add(r.id);
      records.push(...fresh);
      if (result.returned < PAGE || result.total !== void 0 && seen.size >= result.total) {
        conclusive = true;
        break;
      }
    }
  } catch (error) {
    console.warn("[lookup] the provider's task list could not be read:", String(error));
    return { found, conclusive: false };
  }
  const candidates = records.filter(
    (r) => inWindow(r, createdAtMin, createdAtMax) || r.created_at === void 0
  );
  const taken = new Set(
    (await deps.db.generation.findMany({
      where: { taskId: { in: candidates.map((r) => r.id) } },
      select: { taskId: true }
    })).map((g) => g.taskId)
  );
  for (const submit of [...lost].sort((a, b) => a.sendStartedAt.getTime() - b.sendStartedAt.getTime())) {
    const match = candidates.filter((r) => !taken.has(r.id) && sameRequest(submit.sentRequest, r.request)).sort((a, b) => distance(a, submit) - distance(b, submit))[0];
    if (!match) continue;
    found.set(submit.id, match);
    taken.add(match.id);
  }
  return { found, conclusive };
}
var inWindow = (r, min, max) => r.created_at !== void 0 && r.created_at * 1e3 >= min.getTime() && r.created_at * 1e3 <= max.getTime();
var distance = (r, submit) => Math.abs((r.created_at ?? 0) * 1e3 - submit.sendStartedAt.getTime());
function sameRequest(sent, echoed) {
  if (!echoed) return false;
  const echo = redactCallbackToken(echoed);
  return Object.entries(sent).every(([key, value]) => canonical(echo[key]) === canonical(value));
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

// lib/generations/pending-generation.ts
import "server-only";
async function loadPending(db2, ids) {
  if (ids.length === 0) return [];
  const rows = await db2.generation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      workspaceId: true,
      state: true,
      taskId: true,
      createdAt: true,
      submittedAt: true,
      sendStartedAt: true,
      sentRequest: true,
      taskMissingSince: true,
      pollAttempts: true,
      mirrorAttempts: true,
      providerVideoUrl: true
    }
  });
  return rows.map((r) => ({ ...r, sentRequest: r.sentRequest ?? null }));
}

// lib/generations/check-generations.ts
async function checkGenerations(deps, ids) {
  const now = deps.now?.() ?? /* @__PURE__ */ new Date();
  const pending = await loadPending(deps.db, ids);
  const report = { checked: pending.length, upstreamCalls: 0, changed: 0 };
  const rows = [];
  for (const g of pending) {
    if (isPolled(g.state)) rows.push(g);
    else if (g.state !== "queued") continue;
    else if (g.sendStartedAt && await markInterrupted(deps, g, now)) rows.push({ ...g, state: "unknown" });
  }
  const polled = rows.filter((g) => g.taskId && g.state !== "unknown");
  let observed;
  if (polled.length > 0) {
    report.upstreamCalls++;
    try {
      const records = await deps.grok.retrieveTasks(polled.map((g) => g.taskId));
      observed = new Map(records.map((r) => [r.id, interpretTask(r)]));
    } catch {
    }
  }
  const lost = rows.filter((g) => g.state === "unknown" && !g.taskId);
  const searchable = lost.flatMap(
    (g) => g.sendStartedAt && g.sentRequest ? [{ id: g.id, sendStartedAt: g.sendStartedAt, sentRequest: g.sentRequest }] : []
  );
  if (searchable.length > 0) report.upstreamCalls++;
  const search = await findLostTasks(deps, searchable, submitTimeout(deps));
  for (const g of rows) {
    const r = g.state === "unknown" && !g.taskId ? await settleLost(deps, g, search.found.get(g.id), search.conclusive, now) : await settlePolled(deps, g, observed, now);
    if (r.changed) report.changed++;
    if (r.changed) await followUp(deps, g.id, r, now, g.pollAttempts + 1);
    else await lookAgain(deps, g, r, now);
  }
  return report;
}
async function markInterrupted(deps, g, now) {
  const answerDue = g.sendStartedAt.getTime() + submitTimeout(deps);
  if (answerDue > now.getTime()) {
    await deps.db.generation.update({
      where: { id: g.id },
      data: { nextPollAt: new Date(answerDue + 1e3) }
    });
    await deps.jobs?.check(g.id, new Date(answerDue + 1e3));
    return false;
  }
  const r = await applyEvent(deps.db, g.id, {
    type: "outcome_unknown",
    code: "interrupted",
    message: "The server restarted while sending this video. It will not be sent twice; if Grok started it, it will appear here.",
    at: now
  });
  return r.changed;
}
async function settleLost(deps, g, record, conclusive, now) {
  if (record) {
    const task = interpretTask(record);
    const accepted = await applyEvent(deps.db, g.id, {
      type: "accepted",
      taskId: task.taskId,
      traceId: task.traceId,
      at: now
    });
    const polled = await settlePolled(
      deps,
      { ...g, state: "submitted", taskId: task.taskId },
      /* @__PURE__ */ new Map([[task.taskId, task]]),
      now
    );
    return polled.changed ? polled : accepted;
  }
  const sent = g.sendStartedAt?.getTime() ?? g.createdAt.getTime();
  if (conclusive && g.sentRequest && now.getTime() >= sent + submitTimeout(deps) + grace(deps)) {
    return applyEvent(deps.db, g.id, { type: "not_found", at: now });
  }
  return deadline(deps, g, now);
}
async function settlePolled(deps, g, observed, now) {
  const task = g.taskId ? observed?.get(g.taskId) : void 0;
  if (task) {
    const r = await applyEvent(
      deps.db,
      g.id,
      { type: "observed", task, at: now },
      () => g.taskMissingSince ? { taskMissingSince: null } : {}
    );
    if (!isPolled(r.state)) return r;
    const late = await deadline(deps, g, now);
    return late.changed ? late : r;
  } else if (observed && g.taskId) {
    const since = g.taskMissingSince ?? now;
    if (now.getTime() - since.getTime() >= grace(deps)) {
      return applyEvent(deps.db, g.id, { type: "not_found", at: now });
    }
    if (!g.taskMissingSince) {
      await deps.db.generation.update({ where: { id: g.id }, data: { taskMissingSince: now } });
    }
  }
  return deadline(deps, g, now);
}
async function deadline(deps, g, now) {
  const end = (g.submittedAt ?? g.sendStartedAt ?? g.createdAt).getTime() + deps.timeoutMs;
  if (now.getTime() >= end) return applyEvent(deps.db, g.id, { type: "deadline_passed", at: now });
  return { changed: false, state: g.state };
}
async function lookAgain(deps, g, r, now) {
  const attempts = g.pollAttempts + 1;
  await deps.db.generation.update({ where: { id: g.id }, data: { pollAttempts: attempts } });
  await scheduleLook(deps, g.id, r.state, now, attempts);
}
var grace = (deps) => deps.graceMs ?? TASK_GRACE_MS;
var submitTimeout = (deps) => deps.submitTimeoutMs ?? SUBMIT_TIMEOUT_MS;

// lib/generations/cleanup-files.ts
import "server-only";

// lib/generations/delete-generation.ts
import "server-only";
var RESTORE_WINDOW_MS = 24 * 60 * 60 * 1e3;

// lib/generations/cleanup-files.ts
var UNUSED_UPLOAD_MS = 24 * 60 * 60 * 1e3;
async function cleanupFiles(deps, { limit = 500 } = {}) {
  const now = deps.now?.() ?? /* @__PURE__ */ new Date();
  const unused = await deps.db.$queryRaw`
    SELECT a.id, a."storageKey", a."posterKey" FROM "Asset" a
     WHERE a.kind = 'image' AND a."createdAt" < ${new Date(now.getTime() - UNUSED_UPLOAD_MS)}
       AND NOT EXISTS (SELECT 1 FROM "Generation" g
                        WHERE g."inputImageId" = a.id OR a.id = ANY(g."referenceImageIds"))
     LIMIT ${limit}`;
  const expired = await deps.db.asset.findMany({
    where: {
      kind: "video",
      videoOf: { deletedAt: { lt: new Date(now.getTime() - RESTORE_WINDOW_MS) } }
    },
    select: { id: true, storageKey: true, posterKey: true },
    take: limit
  });
  return { uploads: await remove(deps, unused), videos: await remove(deps, expired) };
}
async function remove(deps, assets) {
  let removed = 0;
  for (const asset of assets) {
    try {
      for (const key of [asset.storageKey, asset.posterKey]) if (key) await deps.storage.delete(key);
      await deps.db.asset.delete({ where: { id: asset.id } });
      removed++;
    } catch (error) {
      console.warn(
        `[cleanup] asset ${asset.id} kept for now:`,
        error instanceof Error ? error.message : error
      );
    }
  }
  return removed;
}

// lib/generations/dispatch-generations.ts
import "server-only";

// lib/generations/dispatch-order.ts
import "server-only";
async function waitingInTurn(db2, { eligibleAt, limit, workspaceId }) {
  const active = [...ACTIVE_STATES];
  const now = eligibleAt ?? /* @__PURE__ */ new Date();
  const rows = await db2.$queryRaw`
    WITH in_flight AS (
      SELECT "workspaceId", "creatorId" FROM "Generation"
       WHERE state::text = ANY(${active})
         AND NOT (state = 'queued' AND "sendStartedAt" IS NULL
                  AND ("sendReservedUntil" IS NULL OR "sendReservedUntil" <= ${now}))
    ), member_running AS (
      SELECT "workspaceId", "creatorId", count(*) AS n FROM in_flight GROUP BY 1, 2
    ), workspace_running AS (
      SELECT "workspaceId", count(*) AS n FROM in_flight GROUP BY 1
    ), waiting AS (
      SELECT g.id, g."workspaceId", g."createdAt",
             row_number() OVER (PARTITION BY g."workspaceId", g."creatorId" ORDER BY g."createdAt", g.id)
               + COALESCE(m.n, 0) AS member_turn
        FROM "Generation" g
        LEFT JOIN member_running m ON m."workspaceId" = g."workspaceId" AND m."creatorId" = g."creatorId"
       WHERE g.state = 'queued' AND g."sendStartedAt" IS NULL
         AND (g."sendReservedUntil" IS NULL OR g."sendReservedUntil" <= ${now})
         AND (${eligibleAt === void 0}::boolean OR g."nextPollAt" IS NULL OR g."nextPollAt" <= ${now})
    ), ranked AS (
      SELECT w.id, w."workspaceId", w."createdAt",
             row_number() OVER (PARTITION BY w."workspaceId" ORDER BY w.member_turn, w."createdAt", w.id)
               + COALESCE(r.n, 0) AS workspace_turn
        FROM waiting w
        LEFT JOIN workspace_running r ON r."workspaceId" = w."workspaceId"
    ), ordered AS (
      SELECT id, "workspaceId", row_number() OVER (ORDER BY workspace_turn, "createdAt", id) AS position
        FROM ranked
    )
    SELECT id, "workspaceId", position FROM ordered
     WHERE ${workspaceId ?? null}::text IS NULL OR "workspaceId" = ${workspaceId ?? null}
     ORDER BY position
     LIMIT ${limit ?? 1e5}`;
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspaceId, position: Number(r.position) }));
}
async function slotsInUse(db2, now) {
  const active = [...ACTIVE_STATES];
  const [row] = await db2.$queryRaw`
    SELECT count(*) AS n FROM "Generation"
     WHERE state::text = ANY(${active})
       AND NOT (state = 'queued' AND "sendStartedAt" IS NULL
                AND ("sendReservedUntil" IS NULL OR "sendReservedUntil" <= ${now}))`;
  return Number(row?.n ?? 0);
}

// lib/generations/dispatch-generations.ts
var MAX_ROUNDS = 10;
async function dispatchGenerations(deps) {
  const results = /* @__PURE__ */ new Map();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const picked = await reserveSlots(deps);
    if (picked.length === 0) break;
    const sent = await Promise.all(picked.map((id) => sendGeneration(deps, id)));
    picked.forEach((id, i) => results.set(id, sent[i]));
    if (!sent.some((r) => r === "failed" || r === "requeued" || r === "not_ours")) break;
  }
  const nextWakeAt = await earliestBackoff(deps);
  if (nextWakeAt) await deps.jobs?.dispatch(nextWakeAt);
  return { results, nextWakeAt };
}
async function reserveSlots(deps) {
  const now = deps.now?.() ?? /* @__PURE__ */ new Date();
  const reservedUntil = new Date(now.getTime() + (deps.submitTimeoutMs ?? SUBMIT_TIMEOUT_MS) + 3e4);
  return deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('generation-dispatch'))`;
    const free = deps.cap - await slotsInUse(tx, now);
    if (free <= 0) return [];
    const next = await waitingInTurn(tx, { eligibleAt: now, limit: free });
    if (next.length === 0) return [];
    const ids = next.map((g) => g.id);
    await tx.generation.updateMany({
      where: { id: { in: ids }, state: "queued", sendStartedAt: null },
      data: { sendReservedUntil: reservedUntil }
    });
    return ids;
  });
}
async function earliestBackoff(deps) {
  const now = deps.now?.() ?? /* @__PURE__ */ new Date();
  const row = await deps.db.generation.findFirst({
    where: { state: "queued", sendStartedAt: null, nextPollAt: { gt: now } },
    orderBy: { nextPollAt: "asc" },
    select: { nextPollAt: true }
  });
  return row?.nextPollAt ?? void 0;
}

// lib/generations/mirror-generation.ts
import "server-only";

// lib/generations/mirror-video.ts
import "server-only";
import { createReadStream } from "node:fs";
import { mkdtemp as mkdtemp2, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import path10 from "node:path";

// lib/media/poster.ts
import "server-only";
import { execFile } from "node:child_process";
import { mkdtemp, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
import { tmpdir } from "node:os";
import path9 from "node:path";
import sharp from "sharp";
var POSTER_MAX_WIDTH = 640;
var FFMPEG_TIMEOUT_MS = 15e3;
var ffmpegPath;
function ffmpeg() {
  ffmpegPath ??= process.env.FFMPEG_PATH ?? createRequire2(import.meta.url)("@ffmpeg-installer/ffmpeg").path;
  return ffmpegPath;
}
function run(file, args) {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { encoding: "buffer", maxBuffer: 64 * 1024 * 1024, timeout: FFMPEG_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`ffmpeg failed: ${stderr.toString().trim().slice(-300) || error.message}`));
        else resolve(stdout);
      }
    );
  });
}
async function extractPoster(video, atSeconds = 0.5) {
  const dir = await mkdtemp(path9.join(tmpdir(), "poster-"));
  try {
    const input = Buffer.isBuffer(video) ? path9.join(dir, "video.mp4") : video.file;
    if (Buffer.isBuffer(video)) await writeFile2(input, video);
    const frame = await grabFrame(input, atSeconds);
    const image = sharp(frame);
    const { width = 0, height = 0 } = await image.metadata();
    const data = await image.resize({ width: POSTER_MAX_WIDTH, withoutEnlargement: true }).webp({ quality: 72 }).toBuffer();
    return { data, contentType: "image/webp", width, height };
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}
async function grabFrame(input, atSeconds) {
  const args = (at) => [
    ...["-hide_banner", "-loglevel", "error", "-nostdin"],
    ...["-ss", String(at), "-i", input, "-frames:v", "1", "-f", "image2pipe", "-vcodec", "png", "pipe:1"]
  ];
  const frame = await run(ffmpeg(), args(atSeconds));
  return frame.length > 0 ? frame : run(ffmpeg(), args(0));
}

// lib/net/safe-fetch.ts
import { createHash as createHash3 } from "node:crypto";
import { promises as dns } from "node:dns";
import { createWriteStream as createWriteStream2 } from "node:fs";
import http from "node:http";
import https from "node:https";
import { isIP as isIP3 } from "node:net";
import { pipeline as pipeline2 } from "node:stream/promises";
var MEDIA_FETCH_ERROR = "MediaFetchError";
var MediaFetchError = class extends Error {
  constructor(code, message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.code = code;
    this.name = MEDIA_FETCH_ERROR;
    this.status = details.status;
    this.host = details.host;
  }
  code;
  /** The HTTP status, for `http_error`. */
  status;
  /** The host (with its port when not the default) of the hop that failed. */
  host;
};
function isMediaFetchError(error) {
  return error instanceof Error && error.name === MEDIA_FETCH_ERROR && typeof error.code === "string";
}
var MAX_REDIRECTS = 3;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function downloadMedia(url, options, file) {
  const { response, target: target2, signal } = await openMedia(url, options);
  const hash = createHash3("sha256");
  let size = 0;
  const count = async function* (source) {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > options.maxBytes) throw tooLarge2(options.maxBytes, target2.host);
      hash.update(chunk);
      yield chunk;
    }
  };
  await pipeline2(response, count, createWriteStream2(file)).catch((e) => rethrow(e, target2, options, signal));
  return {
    contentType: response.headers["content-type"] ?? "application/octet-stream",
    size,
    url: target2.toString(),
    sha256: hash.digest("hex")
  };
}
async function openMedia(url, options) {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const { target: target2, allowPrivate } = checkTarget(current, options);
    const response = await send(target2, allowPrivate, signal).catch(
      (e) => rethrow(e, target2, options, signal)
    );
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status) && response.headers.location) {
      response.destroy();
      if (redirects >= MAX_REDIRECTS) {
        throw new MediaFetchError("http_error", `${target2.host} redirected too many times.`, {
          status,
          host: target2.host
        });
      }
      current = resolveLocation(response.headers.location, target2);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new MediaFetchError("http_error", `${target2.host} answered HTTP ${status}.`, {
        status,
        host: target2.host
      });
    }
    if (Number(response.headers["content-length"]) > options.maxBytes) {
      response.destroy();
      throw tooLarge2(options.maxBytes, target2.host);
    }
    return { response, target: target2, signal };
  }
}
function checkTarget(raw3, options) {
  const target2 = URL.canParse(raw3) ? new URL(raw3) : null;
  if (!target2) throw new MediaFetchError("bad_url", "The media URL is not a valid URL.");
  if (target2.protocol !== "https:" && target2.protocol !== "http:") {
    throw new MediaFetchError("bad_url", "Only https media URLs can be fetched.", { host: target2.host });
  }
  if (target2.username || target2.password) {
    throw new MediaFetchError("bad_url", "Media URLs cannot carry credentials.", { host: target2.host });
  }
  const entries = options.allowedHosts.map(parseAllowedMediaHost);
  const port = effectivePort(target2);
  const origin = entries.some(
    (e) => e?.kind === "origin" && e.protocol === target2.protocol && e.hostname === target2.hostname && e.port === port
  );
  if (origin) return { target: target2, allowPrivate: true };
  const bare = entries.some(
    (e) => e?.kind === "host" && e.hostname === target2.hostname && (e.port ?? defaultPort(target2)) === port
  );
  if (!bare) {
    const name = target2.protocol === "https:" ? target2.host : target2.origin;
    throw new MediaFetchError("host_not_allowed", `${name} is not an allowed media host.`, {
      host: target2.host
    });
  }
  if (target2.protocol !== "https:" && !options.allowHttp) {
    throw new MediaFetchError("bad_url", "Only https media URLs can be fetched.", { host: target2.host });
  }
  const allowPrivate = options.allowPrivateNetwork ?? false;
  const literal = target2.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP3(literal) && isPrivateAddress(literal)) throw privateAddress(target2.host);
  return { target: target2, allowPrivate };
}
function parseAllowedMediaHost(entry) {
  const value = entry.trim().toLowerCase();
  if (value.includes("://")) {
    if (!/^https?:\/\/[^/?#@\\]+\/?$/.test(value) || !URL.canParse(value)) return null;
    const url = new URL(value);
    if (!url.hostname || url.protocol !== "http:" && url.protocol !== "https:") return null;
    return { kind: "origin", protocol: url.protocol, hostname: url.hostname, port: effectivePort(url) };
  }
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/.exec(value);
  if (!match?.[1]) return null;
  if (!URL.canParse(`https://${value}`)) return null;
  const hostname = new URL(`https://${value}`).hostname;
  const port = match[2] ? String(Number(match[2])) : null;
  if (port !== null && (Number(port) < 1 || Number(port) > 65535)) return null;
  return { kind: "host", hostname, port };
}
var defaultPort = (url) => url.protocol === "https:" ? "443" : "80";
var effectivePort = (url) => url.port || defaultPort(url);
function send(target2, allowPrivate, signal) {
  return new Promise((resolve, reject) => {
    const client = target2.protocol === "https:" ? https : http;
    const request = client.request(
      target2,
      {
        signal,
        // No pooled socket: one opened elsewhere, to an address nobody checked, must not be reused.
        agent: false,
        lookup: checkedLookup(target2.host, allowPrivate),
        headers: { accept: "video/*, image/*;q=0.9, */*;q=0.5", "accept-encoding": "identity" }
      },
      resolve
    );
    request.on("error", reject);
    request.end();
  });
}
function checkedLookup(host, allowPrivateNetwork) {
  return (hostname, lookupOptions, callback) => {
    dns.lookup(hostname, { all: true, family: lookupOptions.family ?? 0 }).then((addresses) => {
      const first = addresses[0];
      if (!first) throw new MediaFetchError("network_error", `${host} did not resolve.`, { host });
      if (!allowPrivateNetwork && addresses.some((a) => isPrivateAddress(a.address))) {
        throw privateAddress(host);
      }
      if (lookupOptions.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    }).catch((error) => callback(error, ""));
  };
}
function resolveLocation(location, base) {
  if (!URL.canParse(location, base))
    throw new MediaFetchError("bad_url", "The media server redirected to an invalid URL.", {
      host: base.host
    });
  return new URL(location, base).toString();
}
function rethrow(error, target2, options, signal) {
  if (isMediaFetchError(error)) throw error;
  if (signal.aborted) {
    throw new MediaFetchError(
      "timeout",
      `${target2.host} did not deliver the media within ${options.timeoutMs} ms.`,
      { host: target2.host, cause: error }
    );
  }
  const code = error.code;
  throw new MediaFetchError(
    "network_error",
    `Could not download from ${target2.host}${typeof code === "string" ? ` (${code})` : ""}.`,
    { host: target2.host, cause: error }
  );
}
var tooLarge2 = (maxBytes, host) => new MediaFetchError("too_large", `The media is larger than the ${maxBytes}-byte limit.`, { host });
var privateAddress = (host) => new MediaFetchError("private_address", `${host} points to a private or local network address.`, {
  host
});

// lib/db/errors.ts
var hasCode = (error) => typeof error === "object" && error !== null && typeof error.code === "string";
var isUniqueViolation = (error) => hasCode(error) && error.code === "P2002";

// lib/generations/mirror-video.ts
var MIRROR_ERROR = "MirrorError";
var MirrorError = class extends Error {
  constructor(code, message, generationId, host, options) {
    super(message, options);
    this.code = code;
    this.generationId = generationId;
    this.host = host;
    this.name = MIRROR_ERROR;
  }
  code;
  generationId;
  host;
};
function isMirrorError(error) {
  return error instanceof Error && error.name === MIRROR_ERROR && typeof error.code === "string";
}
async function mirrorVideo(deps, g) {
  try {
    return await copy(deps, g);
  } catch (error) {
    const failure = explain(error, g, deps.policy);
    const detail = failure.cause instanceof Error ? failure.cause.message : void 0;
    console.warn(
      `[mirror] generation ${g.id} not copied from ${failure.host ?? "an unknown host"}: ${failure.message}` + (detail && detail !== failure.message ? ` (${detail})` : "")
    );
    throw failure;
  }
}
async function copy(deps, g) {
  if (!g.providerVideoUrl) {
    throw new MirrorError("no_video_url", "The provider gave no video URL to copy.", g.id, null);
  }
  const dir = await mkdtemp2(path10.join(tmpdir2(), "mirror-"));
  try {
    return await copyVia(deps, { ...g, providerVideoUrl: g.providerVideoUrl }, path10.join(dir, "video.mp4"));
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
}
async function copyVia(deps, g, file) {
  const host = hostOf(g.providerVideoUrl);
  const media = await downloadMedia(g.providerVideoUrl, deps.policy, file);
  const from = hostOf(media.url) ?? host;
  if (media.size === 0) {
    throw new MirrorError("empty", "The provider's file host sent an empty file.", g.id, from);
  }
  const stored = await findStored(deps.db, g.id);
  if (stored) return stored;
  const key = stableKey("videos", "mp4", g.id);
  await deps.storage.put(key, createReadStream(file), { contentType: "video/mp4", contentLength: media.size }).catch(async (error) => {
    if (!await findStored(deps.db, g.id)) await deps.storage.delete(key).catch(() => void 0);
    throw new MirrorError("storage_error", "Our storage did not accept the video.", g.id, from, {
      cause: error
    });
  });
  const poster = await storePoster(deps, file, g.id);
  const asset = await deps.db.asset.create({
    data: {
      workspaceId: g.workspaceId,
      generationId: g.id,
      kind: "video",
      storageKey: key,
      contentType: "video/mp4",
      sizeBytes: media.size,
      checksum: media.sha256,
      posterKey: poster?.key ?? null,
      width: poster?.width ?? null,
      height: poster?.height ?? null
    },
    select: { id: true }
  }).catch(async (error) => {
    if (isUniqueViolation(error)) {
      const winner = await findStored(deps.db, g.id);
      if (winner) return { id: winner };
    }
    await Promise.all([key, poster?.key].map((k) => k && deps.storage.delete(k).catch(() => void 0)));
    throw new MirrorError("record_error", "The copy could not be recorded in our database.", g.id, from, {
      cause: error
    });
  });
  return asset.id;
}
function explain(error, g, policy) {
  if (isMirrorError(error)) return error;
  const host = hostOf(g.providerVideoUrl);
  if (!isMediaFetchError(error)) {
    return new MirrorError("unknown", "The video could not be copied.", g.id, host, { cause: error });
  }
  const at = error.host ?? host;
  const fail = (code, message) => new MirrorError(code, message, g.id, at, { cause: error });
  switch (error.code) {
    case "host_not_allowed":
      return fail("host_not_allowed", error.message);
    case "private_address":
      return fail("private_address", `${at ?? "The file host"} points to a private network address.`);
    case "bad_url":
      return fail("bad_url", "The provider's video URL is not an https URL we can fetch.");
    case "too_large":
      return fail("too_large", `The video is larger than ${formatBytes(policy.maxBytes)}.`);
    case "timeout":
      return fail(
        "timeout",
        `The provider's file host did not send the video within ${formatMs(policy.timeoutMs)}.`
      );
    case "http_error":
      return error.status && error.status >= 300 && error.status < 400 ? fail("http_error", "The provider's file host redirected too many times.") : fail("http_error", `The provider's file host answered ${error.status ?? "with an error"}.`);
    case "network_error": {
      const code = networkCode(error.cause);
      return fail("network_error", `Could not reach the provider's file host${code ? ` (${code})` : ""}.`);
    }
    default:
      return fail("unknown", "The video could not be copied.");
  }
}
var findStored = async (db2, generationId) => (await db2.asset.findUnique({ where: { generationId }, select: { id: true } }))?.id;
function hostOf(url) {
  return url && URL.canParse(url) ? new URL(url).host || null : null;
}
function networkCode(cause) {
  const code = cause?.code;
  return typeof code === "string" && /^[A-Z][A-Z_]+$/.test(code) ? code : null;
}
function formatMs(ms) {
  return ms >= 1e3 ? `${Math.round(ms / 1e3)} s` : `${ms} ms`;
}
function formatBytes(bytes) {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${bytes} bytes`;
}
async function storePoster(deps, file, generationId) {
  try {
    const poster = await (deps.poster ?? extractPoster)({ file });
    const key = stableKey("posters", "webp", generationId);
    await deps.storage.put(key, poster.data, {
      contentType: poster.contentType,
      contentLength: poster.data.length
    });
    return { key, width: poster.width, height: poster.height };
  } catch (error) {
    console.warn(
      `[mirror] no poster for generation ${generationId}:`,
      error instanceof Error ? error.message : error
    );
    return null;
  }
}

// lib/generations/mirror-generation.ts
var RETRIES_WITHIN_MS = 45 * 6e4;
async function mirrorGeneration(deps, generationId, { lastAttempt }) {
  const g = await deps.db.generation.findUnique({
    where: { id: generationId },
    select: { id: true, state: true, workspaceId: true, providerVideoUrl: true, mirrorAttempts: true }
  });
  if (!g || g.state !== "succeeded" || g.mirrorAttempts >= MIRROR_ATTEMPTS) return "not_due";
  const last = lastAttempt || g.mirrorAttempts + 1 >= MIRROR_ATTEMPTS;
  const now = () => deps.now?.() ?? /* @__PURE__ */ new Date();
  try {
    const videoAssetId = await mirrorVideo(deps, g);
    const r = await applyEvent(deps.db, g.id, { type: "mirrored", videoAssetId, at: now() }, () => ({
      mirrorError: null,
      mirrorAttempts: g.mirrorAttempts + 1
    }));
    await followUp(deps, g.id, r, now());
    return "mirrored";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (last) console.error(`[mirror] generation ${g.id}: not saved after the last attempt: ${reason}`);
    await deps.db.generation.updateMany({
      where: { id: g.id, state: "succeeded" },
      data: {
        mirrorAttempts: last ? Math.max(MIRROR_ATTEMPTS, g.mirrorAttempts + 1) : g.mirrorAttempts + 1,
        mirrorError: reason.slice(0, 500),
        // The engine retries it; the row's next look only marks when a lost job would be noticed.
        nextPollAt: last ? null : new Date(now().getTime() + RETRIES_WITHIN_MS)
      }
    });
    throw error;
  }
}

// lib/generations/recover-generations.ts
import "server-only";
async function recoverGenerations(deps, { all = false, limit = 1e3 } = {}) {
  const now = deps.now?.() ?? /* @__PURE__ */ new Date();
  const overdue = all ? {} : { nextPollAt: { lt: new Date(now.getTime() - LOST_JOB_AFTER_MS) } };
  const [looks, copies, waiting] = await Promise.all([
    deps.db.generation.findMany({
      where: {
        OR: [{ state: { in: [...POLLED_STATES] } }, { state: "queued", sendStartedAt: { not: null } }],
        ...overdue
      },
      select: { id: true, nextPollAt: true },
      take: limit
    }),
    deps.db.generation.findMany({
      where: { state: "succeeded", mirrorAttempts: { lt: MIRROR_ATTEMPTS }, ...overdue },
      select: { id: true },
      take: limit
    }),
    deps.db.generation.count({ where: { state: "queued", sendStartedAt: null } })
  ]);
  for (const g of looks) {
    await deps.jobs.check(g.id, g.nextPollAt && g.nextPollAt > now ? g.nextPollAt : now);
  }
  for (const g of copies) await deps.jobs.mirror(g.id);
  if (waiting > 0) await deps.jobs.dispatch();
  return { checks: looks.length, mirrors: copies.length, dispatch: waiting > 0 };
}

// lib/jobs/start-workers.ts
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function startWorkers(boss, baseDeps, options = {}) {
  const jobs = bossJobs(boss, options.schema);
  const deps = { ...baseDeps, jobs };
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 0.5;
  let running = 0;
  const track = (handler) => async (...args) => {
    running++;
    try {
      return await handler(...args);
    } finally {
      running--;
    }
  };
  await boss.work(
    QUEUES.dispatch.name,
    { pollingIntervalSeconds },
    track(async () => {
      await dispatchGenerations(deps);
    })
  );
  await boss.work(
    QUEUES.check.name,
    { pollingIntervalSeconds, batchSize: options.checkBatchSize ?? 25 },
    track(async (batch) => {
      await checkGenerations(deps, [...new Set(batch.map((job) => job.data.generationId))]);
    })
  );
  for (let i = 0; i < (options.mirrorConcurrency ?? 4); i++) {
    await boss.work(
      QUEUES.mirror.name,
      { pollingIntervalSeconds, includeMetadata: true },
      track(async ([job]) => {
        if (!job) return;
        const lastAttempt = job.retryCount >= job.retryLimit;
        return mirrorGeneration(deps, job.data.generationId, { lastAttempt });
      })
    );
  }
  await boss.work(
    QUEUES.recover.name,
    track(async () => recoverGenerations(deps))
  );
  await boss.work(
    QUEUES.cleanup.name,
    track(async () => cleanupFiles(deps))
  );
  await boss.work(
    QUEUES.notify.name,
    { pollingIntervalSeconds, batchSize: 50 },
    track(async (batch) => {
      for (const job of batch) console.log(`[notify] ${job.data.kind} ${job.data.generationId}`);
    })
  );
  await boss.schedule(QUEUES.recover.name, CRON.recover);
  await boss.schedule(QUEUES.cleanup.name, CRON.cleanup);
  await recoverGenerations(deps, { all: true });
  return {
    async stop() {
      for (const queue of Object.values(QUEUES)) await boss.offWork(queue.name);
      await sleep(pollingIntervalSeconds * 1e3 + 200);
      while (running > 0) await sleep(50);
    }
  };
}

// lib/jobs/app-workers.ts
function startAppWorkers(options = {}) {
  globalThis.__appWorkers ??= (async () => {
    const boss = await jobEngine({ supervise: true });
    await startWorkers(boss, lifecycleDeps(), options);
    return { stop: (timeoutMs = 3e4) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }) };
  })();
  return globalThis.__appWorkers;
}

// scripts/worker.ts
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);
var concurrency = Number(process.env.WORKER_MIRROR_CONCURRENCY) || void 0;
var workers = await startAppWorkers({ mirrorConcurrency: concurrency });
console.log(`[worker] pid ${process.pid} working the job queues`);
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, async () => {
    console.log(`[worker] ${signal}: finishing the jobs in hand`);
    await workers.stop();
    await database().prisma.$disconnect();
    await database().pglite?.close();
    process.exit(0);
  });
}
