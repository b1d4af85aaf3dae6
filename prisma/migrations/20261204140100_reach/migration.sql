-- CreateEnum
CREATE TYPE "SubscriptionKind" AS ENUM ('NOTICES', 'DIGEST', 'FORUM_ANSWER');

-- CreateEnum
CREATE TYPE "SubscriptionState" AS ENUM ('PENDING', 'ACTIVE', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "PrestigiousPerson" ADD COLUMN     "relayConsentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "kind" "SubscriptionKind" NOT NULL,
    "channel" "OutboxChannel" NOT NULL,
    "address" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "state" "SubscriptionState" NOT NULL DEFAULT 'PENDING',
    "communeId" TEXT,
    "minSeverity" "NoticeSeverity" NOT NULL DEFAULT 'SEVERE',
    "topicIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "questionId" TEXT,
    "confirmNonce" TEXT,
    "confirmSentAt" TIMESTAMP(3),
    "confirmFailures" INTEGER NOT NULL DEFAULT 0,
    "consentPurpose" TEXT NOT NULL,
    "consentAt" TIMESTAMP(3),
    "createdIp" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "digestSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelayDelivery" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedAt" TIMESTAMP(3),
    "relayedAt" TIMESTAMP(3),
    "households" INTEGER,
    "reminders" INTEGER NOT NULL DEFAULT 0,
    "remindedAt" TIMESTAMP(3),

    CONSTRAINT "RelayDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Subscription_kind_state_communeId_idx" ON "Subscription"("kind", "state", "communeId");

-- CreateIndex
CREATE INDEX "Subscription_channel_address_idx" ON "Subscription"("channel", "address");

-- CreateIndex
CREATE INDEX "Subscription_questionId_idx" ON "Subscription"("questionId");

-- CreateIndex
CREATE INDEX "RelayDelivery_communeId_subjectType_idx" ON "RelayDelivery"("communeId", "subjectType");

-- CreateIndex
CREATE UNIQUE INDEX "RelayDelivery_subjectType_subjectId_personId_key" ON "RelayDelivery"("subjectType", "subjectId", "personId");

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelayDelivery" ADD CONSTRAINT "RelayDelivery_personId_fkey" FOREIGN KEY ("personId") REFERENCES "PrestigiousPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;
