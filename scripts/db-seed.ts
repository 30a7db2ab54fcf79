/**
 * `npm run db:seed`: a demo user and workspace for local use. Safe to run twice.
 * Sign in with demo@example.com / demo-password-123.
 */
import { createPrismaClient } from "../lib/db/create-client";
import { dataDir } from "../lib/config/data-dir";
import { registerUser } from "../lib/auth/register-user";

export const DEMO_USER = { name: "Demo Creator", email: "demo@example.com", password: "demo-password-123" };

const db = createPrismaClient(process.env.DATABASE_URL || undefined, dataDir());
try {
  const existing = await db.user.findUnique({ where: { email: DEMO_USER.email } });
  if (existing) {
    console.log(`Demo user already exists: ${DEMO_USER.email}`);
  } else {
    const { workspace } = await registerUser(db, DEMO_USER);
    await db.workspace.update({ where: { id: workspace.id }, data: { name: "Demo studio" } });
    console.log(`Created ${DEMO_USER.email} (password: ${DEMO_USER.password}) with workspace "Demo studio".`);
  }
} finally {
  await db.$disconnect();
}
