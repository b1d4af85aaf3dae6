-- CreateTable
CREATE TABLE "SetupStep" (
    "key" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupStep_pkey" PRIMARY KEY ("key")
);

-- A database set up before this step existed was seeded already: record it as done.
INSERT INTO "SetupStep" ("key") SELECT 'seed' WHERE EXISTS (SELECT 1 FROM "AdminUnit");
