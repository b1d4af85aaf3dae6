-- CreateEnum
CREATE TYPE "TranslationState" AS ENUM ('SUGGESTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "TranslatableKind" AS ENUM ('ARTICLE', 'NOTICE', 'PRODUCT', 'LIBRARY_ITEM');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reviewsIn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "translatesInto" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "StringTranslation" (
    "id" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "state" "TranslationState" NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "approvedText" TEXT,
    "approvedSource" TEXT,
    "approvedSourceHash" TEXT,
    "authorId" TEXT,
    "reviewerId" TEXT,
    "suggestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StringTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentTranslation" (
    "id" TEXT NOT NULL,
    "entityType" "TranslatableKind" NOT NULL,
    "entityId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "state" "TranslationState" NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "approvedFields" JSONB,
    "approvedSourceHash" TEXT,
    "approvedSourceAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "audioId" TEXT,
    "authorId" TEXT,
    "reviewerId" TEXT,
    "suggestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranslationMemory" (
    "id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationMemory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "rendering" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranslationLanguage" (
    "locale" TEXT NOT NULL,
    "expectedChars" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TranslationLanguage_pkey" PRIMARY KEY ("locale")
);

-- CreateIndex
CREATE INDEX "StringTranslation_locale_state_idx" ON "StringTranslation"("locale", "state");

-- CreateIndex
CREATE UNIQUE INDEX "StringTranslation_namespace_key_locale_key" ON "StringTranslation"("namespace", "key", "locale");

-- CreateIndex
CREATE INDEX "ContentTranslation_locale_state_idx" ON "ContentTranslation"("locale", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ContentTranslation_entityType_entityId_locale_key" ON "ContentTranslation"("entityType", "entityId", "locale");

-- CreateIndex
CREATE INDEX "TranslationMemory_locale_idx" ON "TranslationMemory"("locale");


-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_locale_term_key" ON "GlossaryTerm"("locale", "term");

-- AddForeignKey
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_audioId_fkey" FOREIGN KEY ("audioId") REFERENCES "MediaFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Translation memory: similar Vietnamese sources by trigram similarity.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- On lower("source"): an expression index, which Prisma leaves to this file (no drift).
CREATE INDEX "TranslationMemory_source_trgm_idx" ON "TranslationMemory" USING GIN (lower("source") gin_trgm_ops);
