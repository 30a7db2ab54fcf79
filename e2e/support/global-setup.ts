/**
 * Migrates one template database for the whole run; every server a spec starts gets a copy of it
 * (`CREATE DATABASE … TEMPLATE`, milliseconds) instead of migrating a database of its own through
 * the WebAssembly schema engine (seconds each). Only with a PostgreSQL server: embedded PGlite
 * servers still migrate their own folder.
 */
import { applyMigrations } from "../../lib/db/migrate";
import { openAdapter } from "../../lib/db/adapter";
import { createScratchDatabase } from "../../lib/testing/scratch-database";
import { DATABASE_PREFIX, dropStaleDatabases } from "./app-server";

export default async function globalSetup() {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  await dropStaleDatabases(base);
  const template = await createScratchDatabase(base, DATABASE_PREFIX);
  const adapter = await openAdapter({ kind: "server", url: template.url });
  try {
    await applyMigrations({ factory: adapter.factory });
  } finally {
    // Nobody may stay connected to a template, or copying it fails.
    await adapter.close();
  }
  process.env.E2E_TEMPLATE_DATABASE_URL = template.url;
  return async () => {
    await template.drop();
  };
}
