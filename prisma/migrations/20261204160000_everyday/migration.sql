-- CreateEnum
CREATE TYPE "LegalDocumentType" AS ENUM ('LAW', 'DECREE', 'RESOLUTION', 'DECISION', 'CIRCULAR', 'DIRECTIVE', 'PLAN', 'OFFICIAL_LETTER', 'OTHER');

-- CreateEnum
CREATE TYPE "LegalDocumentStatus" AS ENUM ('IN_FORCE', 'AMENDED', 'REPLACED', 'EXPIRED');

-- AlterTable
ALTER TABLE "AdminUnit" ADD COLUMN     "officeAddress" TEXT,
ADD COLUMN     "officeHours" TEXT,
ADD COLUMN     "officeIsDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "officePhone" TEXT;

-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "numberKey" TEXT NOT NULL,
    "type" "LegalDocumentType" NOT NULL,
    "issuer" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "effectiveOn" DATE,
    "status" "LegalDocumentStatus" NOT NULL DEFAULT 'IN_FORCE',
    "replacedById" TEXT,
    "field" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "fileId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleLegalDocument" (
    "articleId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,

    CONSTRAINT "ArticleLegalDocument_pkey" PRIMARY KEY ("articleId","documentId")
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "termKey" TEXT NOT NULL,
    "expansion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "issuedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleReviewView" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleReviewView_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocument_slug_key" ON "LegalDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocument_fileId_key" ON "LegalDocument"("fileId");

-- CreateIndex
CREATE INDEX "LegalDocument_numberKey_idx" ON "LegalDocument"("numberKey");

-- CreateIndex
CREATE INDEX "LegalDocument_signedOn_idx" ON "LegalDocument"("signedOn");

-- CreateIndex
CREATE INDEX "ArticleLegalDocument_documentId_idx" ON "ArticleLegalDocument"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchSynonym_termKey_key" ON "SearchSynonym"("termKey");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "LegalDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "MediaFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleLegalDocument" ADD CONSTRAINT "ArticleLegalDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleLegalDocument" ADD CONSTRAINT "ArticleLegalDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReviewView" ADD CONSTRAINT "ArticleReviewView_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReviewView" ADD CONSTRAINT "ArticleReviewView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
