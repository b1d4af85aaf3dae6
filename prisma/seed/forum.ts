import type { PrismaClient } from "@/lib/generated/prisma/client";
import { maskPersonalNumbers } from "@/lib/forum/mask";
import { committeeName } from "@/lib/forum/signature-name";
import { fingerprintOf } from "@/lib/forum/text";
import { newTrackingCode } from "@/lib/forum/tracking-code";
import { DEMO_QUESTIONS } from "./forum-texts";

const DAY = 24 * 60 * 60 * 1000;
const AGENCY = "Ban Dân tộc tỉnh Tuyên Quang";

/**
 * Demo forum questions (prisma/seed/forum-texts.ts): most answered, some waiting (one overdue,
 * one very overdue), one rejected, one just sent with a phone and an ID number in its text.
 * Idempotent: a question whose text is already there is left alone.
 */
export async function seedDemoForum(db: PrismaClient): Promise<void> {
  const official = await db.user.findUnique({ where: { email: "official@demo.local" }, select: { id: true } });
  const cadre = await db.user.findUnique({ where: { email: "cadre.minhdan@demo.local" }, select: { id: true, communeId: true } });
  const now = Date.now();
  for (const demo of DEMO_QUESTIONS) {
    const fingerprint = fingerprintOf(demo.body);
    if (await db.forumQuestion.findFirst({ where: { fingerprint }, select: { id: true } })) continue;
    const commune = await db.adminUnit.findUnique({ where: { slug: demo.commune }, select: { id: true, fullName: true } });
    if (!commune) continue;
    const createdAt = new Date(now - demo.daysAgo * DAY - 3 * 60 * 60 * 1000);
    const answered = demo.state === "ANSWERED" || demo.state === "CLOSED";
    const answeredAt = answered ? new Date(createdAt.getTime() + (demo.answerAfter ?? 5) * DAY) : null;
    const published = demo.state !== "SUBMITTED" && demo.state !== "REJECTED";
    const byCommune = demo.by === "commune";
    await db.forumQuestion.create({
      data: {
        trackingCode: newTrackingCode(),
        state: demo.state,
        topic: demo.topic,
        communeId: commune.id,
        body: demo.body,
        publicBody: maskPersonalNumbers(demo.body),
        askerName: demo.name ?? null,
        showName: Boolean(demo.name && demo.showName),
        askerPhone: demo.phone ?? null,
        fingerprint,
        rejectionReason: demo.reason ?? null,
        createdAt,
        publishedAt: published ? new Date(createdAt.getTime() + DAY / 2) : null,
        answeredAt,
        closedAt: demo.state === "CLOSED" && answeredAt ? new Date(answeredAt.getTime() + 2 * DAY) : null,
        answer:
          answered && demo.answer
            ? {
                create: {
                  body: demo.answer,
                  unitName: byCommune ? committeeName(commune.fullName) : AGENCY,
                  authorId: (byCommune && cadre?.communeId === commune.id ? cadre?.id : official?.id) ?? null,
                  createdAt: answeredAt!,
                },
              }
            : undefined,
      },
    });
  }
}
