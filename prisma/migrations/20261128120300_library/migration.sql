-- CreateEnum
CREATE TYPE "LibraryItemType" AS ENUM ('DOCUMENT', 'AUDIO', 'VIDEO', 'IMAGES');

-- CreateEnum
CREATE TYPE "LibraryTopic" AS ENUM ('CULTURE', 'LANGUAGE', 'COSTUME', 'LAW', 'HEALTH', 'FARMING', 'OTHER');

-- CreateEnum
CREATE TYPE "LibraryAccess" AS ENUM ('PUBLIC', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "LibraryItemState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED');

-- CreateTable
CREATE TABLE "LibraryItem" (
    "id" TEXT NOT NULL,
    "type" "LibraryItemType" NOT NULL,
    "topic" "LibraryTopic" NOT NULL,
    "access" "LibraryAccess" NOT NULL DEFAULT 'PUBLIC',
    "accessNote" TEXT,
    "state" "LibraryItemState" NOT NULL DEFAULT 'DRAFT',
    "itemLanguages" TEXT[],
    "source" TEXT,
    "year" INTEGER,
    "licence" TEXT,
    "reviewComment" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryItemTranslation" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "transcript" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryItemTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryFile" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "durationSeconds" INTEGER,
    "pageCount" INTEGER,
    "caption" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_LibraryItemGroups" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_LibraryItemGroups_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "LibraryItem_state_publishedAt_idx" ON "LibraryItem"("state", "publishedAt");

-- CreateIndex
CREATE INDEX "LibraryItem_authorId_idx" ON "LibraryItem"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryItemTranslation_itemId_locale_key" ON "LibraryItemTranslation"("itemId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryFile_mediaId_key" ON "LibraryFile"("mediaId");

-- CreateIndex
CREATE INDEX "LibraryFile_itemId_sortOrder_idx" ON "LibraryFile"("itemId", "sortOrder");

-- CreateIndex
CREATE INDEX "_LibraryItemGroups_B_index" ON "_LibraryItemGroups"("B");

-- AddForeignKey
ALTER TABLE "LibraryItem" ADD CONSTRAINT "LibraryItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryItemTranslation" ADD CONSTRAINT "LibraryItemTranslation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LibraryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryFile" ADD CONSTRAINT "LibraryFile_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LibraryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryFile" ADD CONSTRAINT "LibraryFile_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_LibraryItemGroups" ADD CONSTRAINT "_LibraryItemGroups_A_fkey" FOREIGN KEY ("A") REFERENCES "EthnicGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_LibraryItemGroups" ADD CONSTRAINT "_LibraryItemGroups_B_fkey" FOREIGN KEY ("B") REFERENCES "LibraryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

