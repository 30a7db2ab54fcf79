import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { applyMigrations } from "../../lib/db/migrate";
import { openAdapter } from "../../lib/db/adapter";
import { embeddedExtensions } from "../../lib/db/embedded-extensions";
import { createScratchDatabase } from "../../lib/testing/scratch-database";

/** A fresh, migrated database for a benchmark: a scratch one on BENCH_DATABASE_URL's server, or PGlite. */
export async function openBenchDatabase() {
  const base = process.env.BENCH_DATABASE_URL;
  if (base) {
    const scratch = await createScratchDatabase(base, "studio_bench");
    const adapter = await openAdapter({ kind: "server", url: scratch.url });
    await applyMigrations({ factory: adapter.factory });
    await adapter.close();
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratch.url, max: 20 }) });
    return {
      db,
      url: scratch.url,
      engine: { url: scratch.url } as { url: string } | { pglite: PGlite },
      label: "PostgreSQL server",
      close: async () => (await db.$disconnect(), await scratch.drop()),
    };
  }
  const pglite = new PGlite("memory://", { extensions: embeddedExtensions() });
  const factory = new PrismaPGlite(pglite);
  await applyMigrations({ factory });
  const db = new PrismaClient({ adapter: factory });
  return {
    db,
    url: undefined,
    engine: { pglite } as { url: string } | { pglite: PGlite },
    label: "embedded PGlite",
    close: async () => (await db.$disconnect(), await pglite.close()),
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
