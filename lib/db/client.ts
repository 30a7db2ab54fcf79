import "server-only";
import { PrismaClient } from "./generated/client";
import { dataDir } from "@/lib/config/data-dir";
import { env } from "@/lib/config/env";
import { createPrismaClient } from "./create-client";

declare global {
  var __prisma: PrismaClient | undefined;
}

/**
 * The app's Prisma client. Created on first use — never at import — so `next build` does not
 * open the embedded database (PGlite is one process's database), and kept on globalThis so
 * dev-mode hot reloads reuse one connection.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalThis.__prisma ??= createPrismaClient(env().DATABASE_URL, dataDir(env().DATA_DIR));
    const value = Reflect.get(globalThis.__prisma, property);
    return typeof value === "function" ? value.bind(globalThis.__prisma) : value;
  },
});

export type { PrismaClient };
