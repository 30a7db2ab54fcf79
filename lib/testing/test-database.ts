import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import { applyMigrations } from "@/lib/db/migrate";
import { embeddedExtensions } from "@/lib/db/embedded-extensions";
import { copyDatabase } from "./scratch-database";

export interface TestDatabase {
  db: PrismaClient;
  kind: "postgres-server" | "pglite";
  /** Where the job engine reaches the same database: the server's URL, or the one PGlite. */
  engine: { url: string } | { pglite: PGlite };
  close: () => Promise<void>;
}

/**
 * The database an integration test file runs against (see integration-setup.ts): its own
 * embedded PGlite, or its own copy of the run's migrated PostgreSQL database — its own, because
 * the job engine works every queued row of a database, and one file's rows must not be sent
 * to another file's simulator.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const server = inject("databaseUrl");
  if (server) {
    const copy = await copyDatabase(server);
    const db = new PrismaClient({
      adapter: new PrismaPg({ connectionString: copy.url, max: 10 }),
      transactionOptions: TRANSACTION_OPTIONS,
    });
    return {
      db,
      kind: "postgres-server",
      engine: { url: copy.url },
      close: async () => {
        await db.$disconnect();
        await copy.drop();
      },
    };
  }
  const template = inject("pgliteTemplate");
  const pglite = new PGlite("memory://", {
    extensions: embeddedExtensions(),
    loadDataDir: template ? new Blob([readFileSync(template)]) : undefined,
  });
  const factory = new PrismaPGlite(pglite);
  // Started from the migrated template when the run made one; applying finds nothing left to do.
  await applyMigrations({ factory });
  const db = new PrismaClient({ adapter: factory, transactionOptions: TRANSACTION_OPTIONS });
  return {
    db,
    kind: "pglite",
    engine: { pglite },
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
