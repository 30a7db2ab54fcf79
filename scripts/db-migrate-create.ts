// `npm run db:migrate:create -- <name>`: after editing prisma/schema.prisma, writes the next
// prisma/migrations/<timestamp>_<name>/migration.sql. Review it, then `npm run db:migrate`.
import { createMigration } from "../lib/db/migrate";

const name = process.argv[2];
if (!name || process.argv.length > 3 || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:create -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}

try {
  const created = await createMigration({ name });
  if (created) console.log(`Created ${created.file}\nReview it, then run \`npm run db:migrate\`.`);
  else console.log("The schema has no changes since the last migration; nothing was written.");
} catch (error) {
  console.error(`Creating the migration failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
