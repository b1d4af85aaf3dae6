-- Read counts of articles (the translation queue's order) and the recorded reading of a
-- product's or library item's minority-language version.

-- CreateTable
CREATE TABLE "ArticleRead" (
    "articleId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRead_pkey" PRIMARY KEY ("articleId")
);

-- AddForeignKey
ALTER TABLE "ArticleRead" ADD CONSTRAINT "ArticleRead_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "ProductTranslation" ADD COLUMN "audioId" TEXT;
ALTER TABLE "LibraryItemTranslation" ADD COLUMN "audioId" TEXT;

-- AddForeignKey
ALTER TABLE "ProductTranslation" ADD CONSTRAINT "ProductTranslation_audioId_fkey" FOREIGN KEY ("audioId") REFERENCES "MediaFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LibraryItemTranslation" ADD CONSTRAINT "LibraryItemTranslation_audioId_fkey" FOREIGN KEY ("audioId") REFERENCES "MediaFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Approved translations recorded before these columns existed: their reading goes live too.
UPDATE "ProductTranslation" p SET "audioId" = c."audioId"
  FROM "ContentTranslation" c
  WHERE c."entityType" = 'PRODUCT' AND c."entityId" = p."productId" AND c."locale" = p."locale" AND c."state" = 'APPROVED' AND c."audioId" IS NOT NULL;
UPDATE "LibraryItemTranslation" l SET "audioId" = c."audioId"
  FROM "ContentTranslation" c
  WHERE c."entityType" = 'LIBRARY_ITEM' AND c."entityId" = l."itemId" AND c."locale" = l."locale" AND c."state" = 'APPROVED' AND c."audioId" IS NOT NULL;
