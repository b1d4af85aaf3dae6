// Database tests run against the real database scripts/test.mjs prepared (migrated, empty).
if (!process.env.DATABASE_URL) {
  throw new Error("Database tests need DATABASE_URL; run them with `npm test` (or `npm test -- --only=db`).");
}
