/**
 * Seeds reference data (province, demo communes and villages, the 54 ethnic groups, the dataset's
 * indicators and demo figures) and the demo accounts. Idempotent: creates what is missing,
 * changes nothing that exists.
 *   tsx prisma/seed/index.ts             seed
 *   tsx prisma/seed/index.ts --if-empty  only when no seed has completed on this database yet
 * A completed seed writes its marker (SetupStep "seed") last: a first start killed during the
 * seed finds no marker and runs it again, creating only what is missing.
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

const SEED_STEP = "seed";

/** Tests only: stop here (PORTAL_SEED_TEST_HOLD names the point) until the process is killed. */
async function holdForTests(point: string): Promise<void> {
  if (process.env.PORTAL_SEED_TEST_HOLD !== point) return;
  console.error(`seed: holding after ${point}`);
  await new Promise(() => {});
}

export async function seed(options: { ifEmpty?: boolean } = {}): Promise<"seeded" | "skipped"> {
  const db = createPrismaClient();
  try {
    if (options.ifEmpty && (await db.setupStep.findUnique({ where: { key: SEED_STEP } }))) return "skipped";
    await seedReference(db);
    await seedDataset(db);
    await seedDocuments(db);
    if (!isProductionDeployment() || process.env.SEED_DEMO_USERS === "1") {
      await seedDemoUsers(db);
      await seedDemoArticles(db);
      await seedDocumentCitations(db);
      await holdForTests("articles");
      await seedDemoNotices(db);
      await seedDemoForum(db);
      await seedDemoLibrary(db);
      await seedDemoProducts(db);
      await seedDemoLessons(db);
    }
    await db.setupStep.upsert({ where: { key: SEED_STEP }, update: { completedAt: new Date() }, create: { key: SEED_STEP } });
    return "seeded";
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await seed({ ifEmpty: process.argv.includes("--if-empty") });
  console.log(result === "seeded" ? "Seed: done." : "Seed: database already has data, nothing to do.");
}
