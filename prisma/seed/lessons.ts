import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LessonSituation } from "@/lib/generated/prisma/enums";

/*
 * Demo ethnic-language courses: ONLY the Vietnamese side and the structure (lessons by situation,
 * the Vietnamese meaning of each phrase). The text in Tày, Dao or Hmông and its recording are left
 * empty — "waiting for a speaker" — for the committee's own speakers to suggest and approve in the
 * back office. Nothing in the language is ever invented here.
 */
const LANGUAGES = [
  { code: "tyz", name: "Tày" },
  { code: "ium", name: "Dao" },
  { code: "hmn", name: "Hmông" },
] as const;

const LESSONS: { situation: LessonSituation; title: string; phrases: string[] }[] = [
  {
    situation: "GREETINGS",
    title: "Chào hỏi khi đến thôn, bản",
    phrases: ["Xin chào bác.", "Gia đình mình có khỏe không?", "Cảm ơn bác, hẹn gặp lại."],
  },
  {
    situation: "HEALTH_STATION",
    title: "Tại trạm y tế xã",
    phrases: ["Bác bị đau ở đâu?", "Uống thuốc ngày hai lần, sau bữa ăn.", "Mai bác quay lại để khám lại."],
  },
  {
    situation: "FLOOD_WARNING",
    title: "Cảnh báo lũ",
    phrases: ["Nước lũ đang lên, hãy đưa người già và trẻ em lên chỗ cao ngay.", "Không đi qua suối, ngầm tràn khi nước lớn."],
  },
  {
    situation: "EXPLAINING_POLICY",
    title: "Giải thích chính sách hỗ trợ",
    phrases: ["Gia đình được hỗ trợ tiền làm nhà ở.", "Bác mang căn cước và sổ hộ khẩu đến Ủy ban xã."],
  },
];

/** Idempotent: a language that already has a demo course is left as it is. */
export async function seedDemoLessons(db: PrismaClient): Promise<void> {
  for (const [order, language] of LANGUAGES.entries()) {
    if (await db.lessonCourse.findFirst({ where: { language: language.code, isDemo: true } })) continue;
    await db.lessonCourse.create({
      data: {
        language: language.code,
        title: `Tiếng ${language.name} giao tiếp cho cán bộ cơ sở (bài mẫu)`,
        description:
          "Bài mẫu: chỉ có phần tiếng Việt và cấu trúc bài. Câu tiếng dân tộc và bản ghi âm đang chờ người nói tiếng của Ban đề xuất và duyệt.",
        isDemo: true,
        sortOrder: order,
        lessons: {
          create: LESSONS.map((lesson, index) => ({
            situation: lesson.situation,
            title: lesson.title,
            sortOrder: index,
            phrases: { create: lesson.phrases.map((meaningVi, i) => ({ meaningVi, sortOrder: i })) },
          })),
        },
      },
    });
  }
}
