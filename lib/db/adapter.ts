import path from "node:path";
import { mkdirSync } from "node:fs";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { embeddedExtensions } from "./embedded-extensions";
import { lockEmbeddedDatabase } from "./embedded-lock";

/**
 * The one place that knows the two run modes of the database:
 * a `postgres://` URL → that server through `pg`; nothing → embedded PGlite in the data folder.
 * Used by the Prisma client, the migration runner and tests alike.
 */
export type DatabaseTarget = { kind: "server"; url: string } | { kind: "embedded"; dir: string };

export function resolveDatabaseTarget(databaseUrl: string | undefined, dataDir: string): DatabaseTarget {
  if (databaseUrl) return { kind: "server", url: databaseUrl };
  return { kind: "embedded", dir: path.join(dataDir, "pglite") };
}

export interface OpenedAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
}

export async function openAdapter(target: DatabaseTarget): Promise<OpenedAdapter> {
  if (target.kind === "server") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const pg = await import("pg");
    const pool = new pg.default.Pool({ connectionString: target.url, max: 10 });
    return { factory: new PrismaPg(pool), close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  // "memory://" gives a throwaway database (tests); anything else is a folder on disk.
  // One process per folder (see embedded-lock.ts): a second opener is refused before PGlite starts.
  const release = lockEmbeddedDatabase(target.dir);
  if (!target.dir.startsWith("memory://")) mkdirSync(target.dir, { recursive: true });
  const pglite = await PGlite.create(target.dir, { extensions: embeddedExtensions() });
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close().finally(release) };
}
