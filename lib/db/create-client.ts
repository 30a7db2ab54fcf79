import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseTarget } from "./adapter";

/** Builds a Prisma client on whichever database `resolveDatabaseTarget` picks. Synchronous: PGlite opens lazily. */
export function createPrismaClient(databaseUrl: string | undefined, dataDirectory: string): PrismaClient {
  const target = resolveDatabaseTarget(databaseUrl, dataDirectory);
  if (target.kind === "server") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
  }
  if (!target.dir.startsWith("memory://")) mkdirSync(target.dir, { recursive: true });
  return new PrismaClient({ adapter: new PrismaPGlite(new PGlite(target.dir)) });
}
