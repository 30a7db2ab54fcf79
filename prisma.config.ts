import { defineConfig } from "prisma/config";

// Only used by the Prisma CLI (generate, and migrate where the native engine exists).
// The app and our WebAssembly migration runner read DATABASE_URL themselves.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});
