import type { ForumQuestionState, ForumTopic } from "@/lib/generated/prisma/enums";
import { maskPersonalNumbers } from "@/lib/forum/mask";
import { fingerprintOf } from "@/lib/forum/text";
import { newTrackingCode } from "@/lib/forum/tracking-code";
import { db } from "../helpers";

let counter = 0;

/** A question written straight into the database, for arranging a test. */
export async function makeQuestion(input: {
  communeId: string;
  state?: ForumQuestionState;
  topic?: ForumTopic;
  body?: string;
  createdAt?: Date;
  published?: boolean;
  assignedCommuneId?: string | null;
  answer?: string;
}) {
  counter++;
  const body = input.body ?? `Câu hỏi thử số ${counter} về chính sách hỗ trợ của xã`;
  const state = input.state ?? "SUBMITTED";
  const published = input.published ?? (state !== "SUBMITTED" && state !== "REJECTED");
  return db.forumQuestion.create({
    data: {
      trackingCode: newTrackingCode(),
      state,
      topic: input.topic ?? "POLICY",
      communeId: input.communeId,
      body,
      publicBody: maskPersonalNumbers(body),
      fingerprint: fingerprintOf(body),
      createdAt: input.createdAt,
      publishedAt: published ? new Date() : null,
      answeredAt: input.answer ? new Date() : null,
      assignedCommuneId: input.assignedCommuneId ?? null,
      answer: input.answer ? { create: { body: input.answer, unitName: "UBND xã Minh Dân" } } : undefined,
    },
  });
}
