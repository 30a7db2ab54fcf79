/**
 * A stand-in for a running studio in tests: opens the embedded database in DATA_DIR the way the
 * server does (lib/db/client.ts), writes to it, prints "holding" and keeps it until SIGTERM.
 * Run with `tsx --conditions=react-server`.
 */
import { database } from "../db/client";

const opened = database();
await opened.pglite!.waitReady;
await opened.prisma.$executeRawUnsafe("SELECT 1");
console.log("holding");
process.on("SIGTERM", () => {
  void opened.pglite!.close().then(() => process.exit(0));
});
setInterval(() => void opened.prisma.user.count(), 500);
