import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";

export interface TestDatabase {
  db: PrismaClient;
  kind: "postgres-server" | "pglite";
  close: () => Promise<void>;
}

/** The database an integration test file runs against; see integration-setup.ts. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = inject("databaseUrl");
  if (url) {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
    return { db, kind: "postgres-server", close: () => db.$disconnect() };
  }
  const pglite = new PGlite("memory://");
  const factory = new PrismaPGlite(pglite);
  await applyMigrations({ factory });
  const db = new PrismaClient({ adapter: factory });
  return {
    db,
    kind: "pglite",
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
