import "server-only";
import { PrismaClient } from "./generated/client";
import { dataDir } from "@/lib/config/data-dir";
import { env } from "@/lib/config/env";
import { openDatabase, type OpenedDatabase } from "./create-client";

declare global {
  var __database: OpenedDatabase | undefined;
}

/**
 * This process's database, opened on first use — never at import — so `next build` does not
 * open the embedded database (PGlite is one process's database), and kept on globalThis so
 * dev-mode hot reloads and the production build's several bundles share one connection.
 */
export function database(): OpenedDatabase {
  globalThis.__database ??= openDatabase(env().DATABASE_URL, dataDir(env().DATA_DIR));
  return globalThis.__database;
}

/** The app's Prisma client (see `database`). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const prisma = database().prisma;
    const value = Reflect.get(prisma, property);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});

export type { PrismaClient };
