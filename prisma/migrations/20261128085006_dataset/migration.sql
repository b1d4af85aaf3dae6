-- CreateEnum
CREATE TYPE "IndicatorValueType" AS ENUM ('COUNT', 'PERCENT', 'AMOUNT');

-- CreateEnum
CREATE TYPE "IndicatorAggregation" AS ENUM ('SUM', 'WEIGHTED', 'NONE');

-- CreateEnum
CREATE TYPE "DataImportStatus" AS ENUM ('PREVIEWED', 'REJECTED', 'COMMITTED');

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "valueType" "IndicatorValueType" NOT NULL,
    "aggregation" "IndicatorAggregation" NOT NULL DEFAULT 'SUM',
    "weightId" TEXT,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTranslation" (
    "indicatorId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,

    CONSTRAINT "IndicatorTranslation_pkey" PRIMARY KEY ("indicatorId","locale")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "groupId" TEXT,
    "groupKey" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT,
    "note" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObservationHistory" (
    "id" TEXT NOT NULL,
    "observationId" TEXT,
    "indicatorId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "oldValue" DOUBLE PRECISION,
    "newValue" DOUBLE PRECISION,
    "changedById" TEXT,
    "importId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObservationHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataImport" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "communeId" TEXT,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "status" "DataImportStatus" NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "report" JSONB NOT NULL,
    "summary" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),

    CONSTRAINT "DataImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrestigiousPerson" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "phone" TEXT,
    "yearRecognised" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrestigiousPerson_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "Observation_year_communeId_idx" ON "Observation"("year", "communeId");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_indicatorId_unitId_groupKey_year_key" ON "Observation"("indicatorId", "unitId", "groupKey", "year");

-- CreateIndex
CREATE INDEX "ObservationHistory_observationId_changedAt_idx" ON "ObservationHistory"("observationId", "changedAt");

-- CreateIndex
CREATE INDEX "ObservationHistory_importId_idx" ON "ObservationHistory"("importId");

-- CreateIndex
CREATE INDEX "DataImport_actorId_createdAt_idx" ON "DataImport"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "PrestigiousPerson_communeId_name_idx" ON "PrestigiousPerson"("communeId", "name");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_weightId_fkey" FOREIGN KEY ("weightId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTranslation" ADD CONSTRAINT "IndicatorTranslation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "EthnicGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationHistory" ADD CONSTRAINT "ObservationHistory_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "Observation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationHistory" ADD CONSTRAINT "ObservationHistory_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationHistory" ADD CONSTRAINT "ObservationHistory_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DataImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataImport" ADD CONSTRAINT "DataImport_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrestigiousPerson" ADD CONSTRAINT "PrestigiousPerson_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "EthnicGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrestigiousPerson" ADD CONSTRAINT "PrestigiousPerson_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrestigiousPerson" ADD CONSTRAINT "PrestigiousPerson_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
