import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { slugify } from "@/lib/text/slug";
import type { TCreateTopic, TUpdateTopic } from "./schema";

/** Adds a topic to a kind; its slug (used in list filters) comes from the Vietnamese name. */
export async function createTopic(input: TCreateTopic, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const topic = await tx.articleTopic.create({
        data: { ...input, slug: slugify(input.name), sortOrder: await tx.articleTopic.count({ where: { kind: input.kind } }) },
      });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "articleTopic.created",
        entityType: "ArticleTopic",
        entityId: topic.id,
        after: input,
        ip: ctx.ip,
      });
      return topic;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "topic.taken", undefined, "name");
    throw error;
  }
}

/** Renames a topic (its slug, part of list addresses, stays). */
export async function updateTopic(input: TUpdateTopic, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await tx.articleTopic.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("notFound", "form.notFound");
    const { id, ...data } = input;
    const diff = changedFields(before, data);
    if (!diff.changed) return before;
    const topic = await tx.articleTopic.update({ where: { id }, data });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "articleTopic.updated",
      entityType: "ArticleTopic",
      entityId: id,
      ...diff,
      ip: ctx.ip,
    });
    return topic;
  });
}
