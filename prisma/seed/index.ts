/**
 * Seeds reference data (province, demo communes and villages, the 54 ethnic groups, the dataset's
 * indicators and demo figures) and the demo accounts. Idempotent: creates what is missing,
 * changes nothing that exists.
 *   tsx prisma/seed/index.ts             seed
 *   tsx prisma/seed/index.ts --if-empty  only when the database has no administrative units yet
 * Demo content (accounts, articles, notices, forum questions, …) is not created when NODE_ENV=production unless SEED_DEMO_USERS=1.
 * Demo accounts, demo articles and demo products are not created when NODE_ENV=production unless SEED_DEMO_USERS=1.
 */
import { createPrismaClient } from "@/lib/db-client";
import { isProductionDeployment } from "@/lib/env";
import { seedDataset } from "./dataset";
import { seedDemoArticles } from "./articles";
import { seedDocumentCitations, seedDocuments } from "./documents";
import { seedDemoNotices } from "./notices";
import { seedDemoForum } from "./forum";
import { seedDemoLessons } from "./lessons";
import { seedDemoLibrary } from "./library";
import { seedDemoProducts } from "./products";
import { seedReference } from "./reference";
import { seedDemoUsers } from "./users";

export async function seed(options: { ifEmpty?: boolean } = {}): Promise<"seeded" | "skipped"> {
  const db = createPrismaClient();
  try {
    if (options.ifEmpty && (await db.adminUnit.count()) > 0) return "skipped";
    await seedReference(db);
    await seedDataset(db);
    await seedDocuments(db);
    if (!isProductionDeployment() || process.env.SEED_DEMO_USERS === "1") {
      await seedDemoUsers(db);
      await seedDemoArticles(db);
      await seedDocumentCitations(db);
      await seedDemoNotices(db);
      await seedDemoForum(db);
      await seedDemoLibrary(db);
      await seedDemoProducts(db);
      await seedDemoLessons(db);
    }
    return "seeded";
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await seed({ ifEmpty: process.argv.includes("--if-empty") });
  console.log(result === "seeded" ? "Seed: done." : "Seed: database already has data, nothing to do.");
}
