import "server-only";
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { requireAtRunTime } from "@/lib/server/require-at-run-time";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseTarget } from "./adapter";
import { embeddedExtensions } from "./embedded-extensions";
import { lockEmbeddedDatabase } from "./embedded-lock";
import { TRANSACTION_OPTIONS } from "./transaction-options";

export interface OpenedDatabase {
  prisma: PrismaClient;
  /** The embedded database, when that is what was opened: the job engine shares its one connection. */
  pglite?: PGlite;
  /** The server's URL, when a PostgreSQL server was chosen. */
  url?: string;
}

/** Opens whichever database `resolveDatabaseTarget` picks. Synchronous: PGlite opens lazily. */
export function openDatabase(databaseUrl: string | undefined, dataDirectory: string): OpenedDatabase {
  const target = resolveDatabaseTarget(databaseUrl, dataDirectory);
  if (target.kind === "server") {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: target.url, max: 10 }),
      transactionOptions: TRANSACTION_OPTIONS,
    });
    return { prisma, url: target.url };
  }
  // One process per folder (see embedded-lock.ts); released on close or when the process exits.
  const release = lockEmbeddedDatabase(target.dir);
  if (!target.dir.startsWith("memory://")) mkdirSync(target.dir, { recursive: true });
  // Loaded only here: PGlite's WebAssembly costs ~50 MB, which a server-mode process never needs.
  const { PGlite: EmbeddedPostgres } = requireAtRunTime(
    "@electric-sql/pglite",
  ) as typeof import("@electric-sql/pglite");
  const { PrismaPGlite } = requireAtRunTime(
    "pglite-prisma-adapter",
  ) as typeof import("pglite-prisma-adapter");
  const pglite = new EmbeddedPostgres(target.dir, {
    startParams: EMBEDDED_START_PARAMS(EmbeddedPostgres),
    extensions: embeddedExtensions(),
  });
  const close = pglite.close.bind(pglite);
  pglite.close = () => close().finally(release);
  return {
    prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: TRANSACTION_OPTIONS }),
    pglite,
  };
}

/**
 * PostgreSQL's default 128 MB of shared buffers is committed WebAssembly memory in PGlite: one
 * studio's database does well with 16 MB (measured: the process holds ~120 MB less), and the
 * file system's own cache sits behind it.
 */
const EMBEDDED_START_PARAMS = (pglite: { defaultStartParams: string[] }) => [
  ...pglite.defaultStartParams,
  "-c",
  "shared_buffers=16MB",
];

export const createPrismaClient = (databaseUrl: string | undefined, dataDirectory: string): PrismaClient =>
  openDatabase(databaseUrl, dataDirectory).prisma;
