-- CreateEnum
CREATE TYPE "ProducerKind" AS ENUM ('COOPERATIVE', 'ENTERPRISE', 'HOUSEHOLD', 'ARTISAN_GROUP');

-- CreateEnum
CREATE TYPE "ProductCategory" AS ENUM ('FOOD', 'BEVERAGE', 'HERBAL', 'TEXTILE', 'HANDICRAFT', 'TOURISM', 'OTHER');

-- CreateTable
CREATE TABLE "Producer" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProducerKind" NOT NULL,
    "communeId" TEXT NOT NULL,
    "villageId" TEXT,
    "story" TEXT NOT NULL DEFAULT '',
    "storyEn" TEXT,
    "phone" TEXT,
    "zalo" TEXT,
    "address" TEXT,
    "website" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Producer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "category" "ProductCategory" NOT NULL,
    "priceMin" INTEGER,
    "priceMax" INTEGER,
    "months" INTEGER[],
    "traceUrl" TEXT,
    "ocopStars" INTEGER,
    "ocopDecision" TEXT,
    "ocopDate" DATE,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductTranslation" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ingredients" TEXT,
    "process" TEXT,
    "unit" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShowcasePhoto" (
    "id" TEXT NOT NULL,
    "productId" TEXT,
    "producerId" TEXT,
    "mediaId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isCover" BOOLEAN NOT NULL DEFAULT false,
    "alt" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShowcasePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ProducerEthnicGroups" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ProducerEthnicGroups_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Producer_slug_key" ON "Producer"("slug");

-- CreateIndex
CREATE INDEX "Producer_communeId_published_idx" ON "Producer"("communeId", "published");

-- CreateIndex
CREATE INDEX "Product_producerId_idx" ON "Product"("producerId");

-- CreateIndex
CREATE INDEX "Product_category_published_idx" ON "Product"("category", "published");

-- CreateIndex
CREATE UNIQUE INDEX "ProductTranslation_slug_key" ON "ProductTranslation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ProductTranslation_productId_locale_key" ON "ProductTranslation"("productId", "locale");

-- CreateIndex
CREATE INDEX "ShowcasePhoto_productId_sortOrder_idx" ON "ShowcasePhoto"("productId", "sortOrder");

-- CreateIndex
CREATE INDEX "ShowcasePhoto_producerId_sortOrder_idx" ON "ShowcasePhoto"("producerId", "sortOrder");

-- CreateIndex
CREATE INDEX "_ProducerEthnicGroups_B_index" ON "_ProducerEthnicGroups"("B");

-- AddForeignKey
ALTER TABLE "Producer" ADD CONSTRAINT "Producer_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Producer" ADD CONSTRAINT "Producer_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductTranslation" ADD CONSTRAINT "ProductTranslation_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcasePhoto" ADD CONSTRAINT "ShowcasePhoto_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcasePhoto" ADD CONSTRAINT "ShowcasePhoto_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcasePhoto" ADD CONSTRAINT "ShowcasePhoto_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProducerEthnicGroups" ADD CONSTRAINT "_ProducerEthnicGroups_A_fkey" FOREIGN KEY ("A") REFERENCES "EthnicGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProducerEthnicGroups" ADD CONSTRAINT "_ProducerEthnicGroups_B_fkey" FOREIGN KEY ("B") REFERENCES "Producer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Search (lib/products/search.ts): the same accent-insensitive full-text as articles, reusing
-- article_search_vector (a weighted vector of three texts): name, ingredients, description.
CREATE INDEX "ProductTranslation_search_idx" ON "ProductTranslation"
  USING GIN (article_search_vector("name", "ingredients", "description"));

CREATE INDEX "ProductTranslation_name_trgm_idx" ON "ProductTranslation"
  USING GIN (portal_unaccent(lower("name")) gin_trgm_ops);
