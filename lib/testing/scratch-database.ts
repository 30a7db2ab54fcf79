import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Creates a fresh, uniquely named database on the server `baseUrl` points at, so test runs never
 * touch each other's (or anyone's real) data. Returns its URL and a function that drops it.
 */
export async function createScratchDatabase(baseUrl: string, prefix = "studio_test") {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach the PostgreSQL server at ${redact(baseUrl)} (${(error as Error).message}). ` +
        "Start it (see README, 'Running the tests') or unset TEST_DATABASE_URL to use embedded PGlite.",
    );
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh copy of a (migrated, otherwise unused) database on the same server, in milliseconds. */
export async function copyDatabase(templateUrl: string) {
  const template = new URL(templateUrl);
  const source = decodeURIComponent(template.pathname.slice(1));
  const name = `${source}_${randomBytes(4).toString("hex")}`;
  const admin = new URL(templateUrl);
  admin.pathname = "/postgres";
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

const redact = (value: string) => value.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
