import "server-only";
import { db } from "@/lib/db";

/** Every course with its lessons, and the viewer's progress per lesson (known / phrases). */
export async function listLessonCourses(userId: string) {
  const courses = await db.lessonCourse.findMany({
    orderBy: [{ language: "asc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
    include: {
      lessons: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        include: {
          phrases: { select: { id: true, text: true, progress: { where: { userId, known: true }, select: { phraseId: true } } } },
        },
      },
    },
  });
  return courses.map((course) => ({
    ...course,
    lessons: course.lessons.map(({ phrases, ...lesson }) => ({
      ...lesson,
      total: phrases.length,
      known: phrases.filter((p) => p.progress.length > 0).length,
      waiting: phrases.filter((p) => p.text === null).length,
    })),
  }));
}

/** A lesson with its course, phrases (recordings, the viewer's progress) and pending suggestions. */
export async function getLesson(id: string, userId: string) {
  return db.lesson.findUnique({
    where: { id },
    include: {
      course: true,
      phrases: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        include: {
          audio: { select: { storageKey: true, mimeType: true } },
          progress: { where: { userId } },
          suggestions: {
            where: { state: "PENDING" },
            orderBy: { createdAt: "asc" },
            include: { audio: { select: { storageKey: true } }, suggestedBy: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
}
export type LessonDetail = NonNullable<Awaited<ReturnType<typeof getLesson>>>;
