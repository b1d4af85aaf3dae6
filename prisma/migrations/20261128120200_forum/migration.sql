-- CreateEnum
CREATE TYPE "ForumTopic" AS ENUM ('POLICY', 'LAND', 'HEALTH', 'EDUCATION', 'AGRICULTURE', 'SOCIAL_SECURITY', 'OTHER');

-- CreateEnum
CREATE TYPE "ForumQuestionState" AS ENUM ('SUBMITTED', 'PUBLISHED', 'REJECTED', 'ANSWERED', 'CLOSED');

-- CreateTable
CREATE TABLE "ForumQuestion" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "state" "ForumQuestionState" NOT NULL DEFAULT 'SUBMITTED',
    "topic" "ForumTopic" NOT NULL,
    "communeId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publicBody" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "askerName" TEXT,
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "askerPhone" TEXT,
    "fingerprint" TEXT NOT NULL,
    "submittedById" TEXT,
    "onBehalfNote" TEXT,
    "assignedCommuneId" TEXT,
    "assigneeId" TEXT,
    "helpRequestedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "mergedIntoId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumAnswer" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "authorId" TEXT,
    "editedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumNote" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ForumQuestion_number_key" ON "ForumQuestion"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ForumQuestion_trackingCode_key" ON "ForumQuestion"("trackingCode");

-- CreateIndex
CREATE INDEX "ForumQuestion_state_publishedAt_idx" ON "ForumQuestion"("state", "publishedAt");

-- CreateIndex
CREATE INDEX "ForumQuestion_communeId_state_idx" ON "ForumQuestion"("communeId", "state");

-- CreateIndex
CREATE INDEX "ForumQuestion_assignedCommuneId_idx" ON "ForumQuestion"("assignedCommuneId");

-- CreateIndex
CREATE INDEX "ForumQuestion_fingerprint_createdAt_idx" ON "ForumQuestion"("fingerprint", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForumAnswer_questionId_key" ON "ForumAnswer"("questionId");

-- CreateIndex
CREATE INDEX "ForumNote_questionId_createdAt_idx" ON "ForumNote"("questionId", "createdAt");

-- AddForeignKey
ALTER TABLE "ForumQuestion" ADD CONSTRAINT "ForumQuestion_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumQuestion" ADD CONSTRAINT "ForumQuestion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumQuestion" ADD CONSTRAINT "ForumQuestion_assignedCommuneId_fkey" FOREIGN KEY ("assignedCommuneId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumQuestion" ADD CONSTRAINT "ForumQuestion_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumQuestion" ADD CONSTRAINT "ForumQuestion_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "ForumQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumAnswer" ADD CONSTRAINT "ForumAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ForumQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumAnswer" ADD CONSTRAINT "ForumAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumNote" ADD CONSTRAINT "ForumNote_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ForumQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumNote" ADD CONSTRAINT "ForumNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Forum search (site search and /{locale}/forum?q=): accent-insensitive full text over the
-- published question text and the answer, with portal_unaccent() from the articles migration.
CREATE OR REPLACE FUNCTION forum_search_vector(body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('simple'::regconfig, public.portal_unaccent(lower(coalesce(body, '')))) $$;

CREATE INDEX "ForumQuestion_search_idx" ON "ForumQuestion" USING GIN (forum_search_vector("publicBody"));
CREATE INDEX "ForumAnswer_search_idx" ON "ForumAnswer" USING GIN (forum_search_vector("body"));
