-- CreateEnum
CREATE TYPE "NoticeCategory" AS ENUM ('HEALTH', 'DISASTER', 'SECURITY', 'FOREST', 'OTHER');

-- CreateEnum
CREATE TYPE "NoticeHazard" AS ENUM ('FLOOD', 'LANDSLIDE', 'FLASH_FLOOD', 'STORM', 'COLD_SPELL', 'DROUGHT', 'WILDFIRE');

-- CreateEnum
CREATE TYPE "NoticeSeverity" AS ENUM ('EXTREME', 'SEVERE', 'MODERATE', 'MINOR');

-- CreateEnum
CREATE TYPE "NoticeUrgency" AS ENUM ('IMMEDIATE', 'EXPECTED', 'FUTURE');

-- CreateEnum
CREATE TYPE "NoticeCertainty" AS ENUM ('OBSERVED', 'LIKELY', 'POSSIBLE');

-- CreateEnum
CREATE TYPE "NoticeMsgType" AS ENUM ('ALERT', 'UPDATE', 'CANCEL');

-- CreateEnum
CREATE TYPE "NoticeState" AS ENUM ('DRAFT', 'ISSUED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "state" "NoticeState" NOT NULL DEFAULT 'DRAFT',
    "msgType" "NoticeMsgType" NOT NULL DEFAULT 'ALERT',
    "allClear" BOOLEAN NOT NULL DEFAULT false,
    "category" "NoticeCategory" NOT NULL,
    "hazard" "NoticeHazard",
    "severity" "NoticeSeverity" NOT NULL,
    "urgency" "NoticeUrgency" NOT NULL,
    "certainty" "NoticeCertainty" NOT NULL,
    "provinceWide" BOOLEAN NOT NULL DEFAULT false,
    "communeId" TEXT,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "reason" TEXT,
    "supersedesId" TEXT,
    "authorId" TEXT,
    "issuedById" TEXT,
    "issuedByCadre" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeArea" (
    "noticeId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "NoticeArea_pkey" PRIMARY KEY ("noticeId","unitId")
);

-- CreateTable
CREATE TABLE "NoticeTranslation" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "instruction" TEXT NOT NULL,
    "audioId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NoticeTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notice_supersedesId_key" ON "Notice"("supersedesId");

-- CreateIndex
CREATE INDEX "Notice_state_expiresAt_idx" ON "Notice"("state", "expiresAt");

-- CreateIndex
CREATE INDEX "Notice_communeId_state_idx" ON "Notice"("communeId", "state");

-- CreateIndex
CREATE INDEX "Notice_issuedAt_idx" ON "Notice"("issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_seriesId_version_key" ON "Notice"("seriesId", "version");

-- CreateIndex
CREATE INDEX "NoticeArea_unitId_idx" ON "NoticeArea"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeTranslation_noticeId_locale_key" ON "NoticeTranslation"("noticeId", "locale");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeArea" ADD CONSTRAINT "NoticeArea_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeArea" ADD CONSTRAINT "NoticeArea_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeTranslation" ADD CONSTRAINT "NoticeTranslation_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeTranslation" ADD CONSTRAINT "NoticeTranslation_audioId_fkey" FOREIGN KEY ("audioId") REFERENCES "MediaFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Site search over notices: the articles' search vector (headline, description, instruction
-- weighted A, B, C) and its GIN index, as for articles.
CREATE INDEX "NoticeTranslation_search_idx" ON "NoticeTranslation"
  USING GIN (article_search_vector("headline", "description", "instruction"));
