import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI would download a native schema engine; these machines are offline, so the
// project ships its own engine program (WebAssembly engine over node-postgres). A machine with
// the real binary can still point PRISMA_SCHEMA_ENGINE_BINARY elsewhere.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/prisma-schema-engine.mjs");
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed/index.ts",
  },
  datasource: {
    // `prisma generate` needs no database; every other command is run with DATABASE_URL set.
    url: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:5432/unset",
  },
});
