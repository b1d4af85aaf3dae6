-- CreateEnum
CREATE TYPE "LessonSituation" AS ENUM ('GREETINGS', 'HEALTH_STATION', 'FLOOD_WARNING', 'EXPLAINING_POLICY', 'OTHER');

-- CreateEnum
CREATE TYPE "PhraseSuggestionState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('ETHNIC_LANGUAGE', 'IT_SKILLS', 'POLICY');

-- CreateEnum
CREATE TYPE "TrainingResult" AS ENUM ('PENDING', 'COMPLETED', 'NOT_COMPLETED');

-- CreateTable
CREATE TABLE "LessonCourse" (
    "id" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LessonCourse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "situation" "LessonSituation" NOT NULL,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonPhrase" (
    "id" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "meaningVi" TEXT NOT NULL,
    "text" TEXT,
    "note" TEXT,
    "audioId" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LessonPhrase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhraseSuggestion" (
    "id" TEXT NOT NULL,
    "phraseId" TEXT NOT NULL,
    "text" TEXT,
    "note" TEXT,
    "audioId" TEXT,
    "state" "PhraseSuggestionState" NOT NULL DEFAULT 'PENDING',
    "suggestedById" TEXT,
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhraseSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonProgress" (
    "userId" TEXT NOT NULL,
    "phraseId" TEXT NOT NULL,
    "known" BOOLEAN NOT NULL DEFAULT false,
    "practisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "knownAt" TIMESTAMP(3),

    CONSTRAINT "LessonProgress_pkey" PRIMARY KEY ("userId","phraseId")
);

-- CreateTable
CREATE TABLE "TrainingCourse" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "language" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "trainer" TEXT NOT NULL,
    "communeId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingCourse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "topic" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingParticipant" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "communeId" TEXT,
    "result" "TrainingResult" NOT NULL DEFAULT 'PENDING',
    "resultNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("sessionId","participantId")
);

-- CreateTable
CREATE TABLE "TrainingPlan" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "communeId" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "target" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeTarget" (
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeTarget_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "LessonCourse_language_sortOrder_idx" ON "LessonCourse"("language", "sortOrder");

-- CreateIndex
CREATE INDEX "Lesson_courseId_sortOrder_idx" ON "Lesson"("courseId", "sortOrder");

-- CreateIndex
CREATE INDEX "LessonPhrase_lessonId_sortOrder_idx" ON "LessonPhrase"("lessonId", "sortOrder");

-- CreateIndex
CREATE INDEX "PhraseSuggestion_phraseId_state_idx" ON "PhraseSuggestion"("phraseId", "state");

-- CreateIndex
CREATE INDEX "TrainingCourse_communeId_endsOn_idx" ON "TrainingCourse"("communeId", "endsOn");

-- CreateIndex
CREATE INDEX "TrainingCourse_endsOn_idx" ON "TrainingCourse"("endsOn");

-- CreateIndex
CREATE INDEX "TrainingSession_courseId_date_idx" ON "TrainingSession"("courseId", "date");

-- CreateIndex
CREATE INDEX "TrainingParticipant_communeId_idx" ON "TrainingParticipant"("communeId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingParticipant_courseId_userId_key" ON "TrainingParticipant"("courseId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingPlan_year_communeId_kind_key" ON "TrainingPlan"("year", "communeId", "kind");

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "LessonCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonPhrase" ADD CONSTRAINT "LessonPhrase_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonPhrase" ADD CONSTRAINT "LessonPhrase_audioId_fkey" FOREIGN KEY ("audioId") REFERENCES "MediaFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonPhrase" ADD CONSTRAINT "LessonPhrase_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhraseSuggestion" ADD CONSTRAINT "PhraseSuggestion_phraseId_fkey" FOREIGN KEY ("phraseId") REFERENCES "LessonPhrase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhraseSuggestion" ADD CONSTRAINT "PhraseSuggestion_audioId_fkey" FOREIGN KEY ("audioId") REFERENCES "MediaFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhraseSuggestion" ADD CONSTRAINT "PhraseSuggestion_suggestedById_fkey" FOREIGN KEY ("suggestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhraseSuggestion" ADD CONSTRAINT "PhraseSuggestion_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonProgress" ADD CONSTRAINT "LessonProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonProgress" ADD CONSTRAINT "LessonProgress_phraseId_fkey" FOREIGN KEY ("phraseId") REFERENCES "LessonPhrase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "TrainingParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlan" ADD CONSTRAINT "TrainingPlan_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTarget" ADD CONSTRAINT "ProgrammeTarget_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
