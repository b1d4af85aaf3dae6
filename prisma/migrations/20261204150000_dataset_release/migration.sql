-- CreateEnum
CREATE TYPE "DataReleaseKind" AS ENUM ('RELEASE', 'REVISION');

-- CreateTable
CREATE TABLE "DataRelease" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "communeId" TEXT,
    "vintage" INTEGER NOT NULL,
    "kind" "DataReleaseKind" NOT NULL,
    "note" TEXT,
    "completeness" JSONB NOT NULL,
    "releasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedById" TEXT,

    CONSTRAINT "DataRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleasedObservation" (
    "releaseId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ReleasedObservation_pkey" PRIMARY KEY ("releaseId","indicatorId","unitId","groupKey")
);

-- CreateIndex
CREATE INDEX "DataRelease_year_communeId_idx" ON "DataRelease"("year", "communeId");

-- CreateIndex
CREATE UNIQUE INDEX "DataRelease_year_vintage_key" ON "DataRelease"("year", "vintage");

-- CreateIndex
CREATE INDEX "ReleasedObservation_releaseId_communeId_idx" ON "ReleasedObservation"("releaseId", "communeId");

-- AddForeignKey
ALTER TABLE "DataRelease" ADD CONSTRAINT "DataRelease_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataRelease" ADD CONSTRAINT "DataRelease_releasedById_fkey" FOREIGN KEY ("releasedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasedObservation" ADD CONSTRAINT "ReleasedObservation_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "DataRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Figures that were public before releases existed stay public: each year already stored is
-- released once, province-wide, as it is (vintage 1).
INSERT INTO "DataRelease" ("id", "year", "communeId", "vintage", "kind", "note", "completeness", "releasedAt", "releasedById")
SELECT 'migrated-' || y."year", y."year", NULL, 1, 'RELEASE', NULL, '{"migrated": true}', CURRENT_TIMESTAMP, NULL
FROM (SELECT DISTINCT "year" FROM "Observation") y;

INSERT INTO "ReleasedObservation" ("releaseId", "indicatorId", "unitId", "communeId", "groupKey", "value")
SELECT 'migrated-' || o."year", o."indicatorId", o."unitId", o."communeId", o."groupKey", o."value"
FROM "Observation" o;
