import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAdapter, type OpenedAdapter } from "./adapter";
import { applyMigrations, createMigration, diffDatabaseToSchema } from "./migrate";

// Each PGlite instance and each engine call takes seconds, so these tests get a generous budget.
const SLOW = { timeout: 120_000 };

async function rows(adapter: OpenedAdapter, sql: string): Promise<Record<string, unknown>[]> {
  const connection = await adapter.factory.connect();
  try {
    const result = await connection.queryRaw({ sql, args: [], argTypes: [] });
    return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]])));
  } finally {
    await connection.dispose();
  }
}

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir("prisma/migrations", { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe("applyMigrations", SLOW, () => {
  let db: OpenedAdapter;
  beforeAll(async () => {
    db = await openAdapter({ kind: "embedded", dir: "memory://" });
  }, SLOW.timeout);
  afterAll(() => db.close());

  it("applies the committed migrations once, recorded as prisma migrate deploy records them", async () => {
    const committed = await committedMigrations();
    expect(committed[0]).toMatch(/^\d{14}_init$/);
    for (const name of committed) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);

    expect(await applyMigrations({ factory: db.factory })).toEqual({ applied: committed });
    expect(await applyMigrations({ factory: db.factory })).toEqual({ applied: [] });

    const history = await rows(
      db,
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NULL AS live,
              applied_steps_count, length(checksum) AS checksum_length
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(history).toEqual(
      committed.map((name) => ({
        migration_name: name,
        finished: true,
        live: true,
        applied_steps_count: 1,
        checksum_length: 64,
      })),
    );
    const tables = await rows(
      db,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(
      expect.arrayContaining(["Generation", "User", "Workspace"]),
    );
  });

  it("leaves no drift between the migrated database and the schema", async () => {
    expect(await diffDatabaseToSchema({ factory: db.factory })).toBeNull();
  });

  it("creates pg_trgm on PGlite, whose trigram index serves case-insensitive prompt search", async () => {
    expect(await rows(db, `SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`)).toEqual([
      { extname: "pg_trgm" },
    ]);
    // With no sequential scan to fall back on, an index that accepts ILIKE must be chosen.
    await rows(db, "SET enable_seqscan = off");
    const plan = await rows(db, `EXPLAIN SELECT id FROM "Generation" WHERE prompt ILIKE '%Storm%'`);
    await rows(db, "RESET enable_seqscan");
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("Generation_prompt_trgm_idx");
  });
});

describe("a failing migration", SLOW, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "migrate-test-"));
    await cp("prisma/migrations", dir, { recursive: true });
    await mkdir(path.join(dir, "20990101000000_broken"));
    await writeFile(
      path.join(dir, "20990101000000_broken", "migration.sql"),
      'CREATE TABLE "Nope" (id no_such_type);\n',
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is reported and recorded as failed, and blocks later runs", async () => {
    const db = await openAdapter({ kind: "embedded", dir: "memory://" });
    try {
      await expect(applyMigrations({ factory: db.factory, migrationsDir: dir })).rejects.toThrow(
        /no_such_type/,
      );
      await expect(applyMigrations({ factory: db.factory, migrationsDir: dir })).rejects.toThrow(
        /failed migrations/,
      );
      const history = await rows(
        db,
        `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
      );
      expect(history).toEqual([
        ...(await committedMigrations()).map((name) => ({ migration_name: name, finished: true })),
        { migration_name: "20990101000000_broken", finished: false },
      ]);
    } finally {
      await db.close();
    }
  });
});

describe("createMigration", SLOW, () => {
  let dir: string;
  const schemaPath = () => path.join(dir, "schema.prisma");
  const migrationsDir = () => path.join(dir, "migrations");
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "migrate-create-test-"));
    await cp("prisma/migrations", migrationsDir(), { recursive: true });
    await cp("prisma/schema.prisma", schemaPath());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes nothing while the schema matches the migrations", async () => {
    const before = await readdir(migrationsDir());
    expect(
      await createMigration({ name: "noop", schemaPath: schemaPath(), migrationsDir: migrationsDir() }),
    ).toBeNull();
    expect(await readdir(migrationsDir())).toEqual(before);
  });

  it("writes the next migration after a schema change", async () => {
    await writeFile(
      schemaPath(),
      `${await readFile(schemaPath(), "utf8")}\nmodel Extra {\n  id Int @id\n}\n`,
    );
    const created = await createMigration({
      name: "add_extra",
      schemaPath: schemaPath(),
      migrationsDir: migrationsDir(),
      now: new Date("2099-01-02T03:04:05Z"),
    });
    expect(created?.name).toBe("20990102030405_add_extra");
    expect(created?.file).toBe(path.join(migrationsDir(), "20990102030405_add_extra", "migration.sql"));
    expect(await readFile(created!.file, "utf8")).toContain('CREATE TABLE "Extra"');
    expect(await readFile(path.join(migrationsDir(), "migration_lock.toml"), "utf8")).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  });

  it("rejects names other than lowercase letters, digits and underscores", async () => {
    await expect(createMigration({ name: "Add-Extra", migrationsDir: migrationsDir() })).rejects.toThrow(
      /Invalid/,
    );
  });
});
