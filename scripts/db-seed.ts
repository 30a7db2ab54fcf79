/**
 * `npm run db:seed`: a demo user and workspace for local use. Safe to run twice.
 * Sign in with demo@example.com / demo-password-123. On the embedded database it refuses while
 * the studio runs (PGlite is one process's database; see lib/db/embedded-lock.ts).
 */
import { existsSync } from "node:fs";
import { openDatabase } from "../lib/db/create-client";
import { dataDir } from "../lib/config/data-dir";
import { registerUser } from "../lib/auth/register-user";
import { isEmbeddedDatabaseBusy } from "../lib/db/embedded-lock";

export const DEMO_USER = { name: "Demo Creator", email: "demo@example.com", password: "demo-password-123" };

// The database the app will use: Next.js reads these files itself, variables already set win.
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

try {
  const { prisma: db, pglite } = openDatabase(
    process.env.DATABASE_URL || undefined,
    dataDir(process.env.DATA_DIR || undefined),
  );
  try {
    const existing = await db.user.findUnique({ where: { email: DEMO_USER.email } });
    if (existing) {
      console.log(`Demo user already exists: ${DEMO_USER.email}`);
    } else {
      const { workspace } = await registerUser(db, DEMO_USER, { verified: true });
      await db.workspace.update({ where: { id: workspace.id }, data: { name: "Demo studio" } });
      console.log(
        `Created ${DEMO_USER.email} (password: ${DEMO_USER.password}) with workspace "Demo studio".`,
      );
    }
  } finally {
    await db.$disconnect();
    // Closed, not only disconnected: PGlite writes its last pages and the folder's lock is freed.
    await pglite?.close();
  }
} catch (error) {
  if (!isEmbeddedDatabaseBusy(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
