import "server-only";
import { zipSync, strToU8, type Zippable } from "fflate";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/i18next";
import { getArticleForEditor } from "@/lib/articles/admin-queries";
import { getNoticeForEditor } from "@/lib/notices/admin-queries";
import { storage } from "@/lib/storage";
import { slugify } from "@/lib/text/slug";

export type BulletinPart = { locale: Locale; script: string; audio: { storageKey: string; mimeType: string } | null };

const EXTENSIONS: Record<string, string> = {
  "audio/mpeg": "mp3",
  "audio/mp4": "m4a",
  "audio/ogg": "ogg",
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/webm": "webm",
  "audio/aac": "aac",
};

async function readAll(key: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage().read(key)) chunks.push(Buffer.from(chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A loudspeaker bulletin: for each language, the reading script as plain text and its recording,
 * named so an announcer sees at once what to read or play ("01-doc-tieng-viet.txt",
 * "01-ban-ghi-tieng-viet.mp3"), Vietnamese first, and a short note on what the files are.
 */
export async function buildBulletin(parts: BulletinPart[]): Promise<Uint8Array> {
  const ordered = [...parts].sort((a, b) =>
    a.locale === DEFAULT_LOCALE ? -1 : b.locale === DEFAULT_LOCALE ? 1 : LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale),
  );
  const t = getT(DEFAULT_LOCALE, "reach");
  const names = getT(DEFAULT_LOCALE, "common");
  const files: Zippable = { "00-doc-truoc.txt": strToU8(`${t("bulletin.readme")}\n`) };
  let n = 0;
  for (const part of ordered) {
    n += 1;
    const language = slugify(names(`languageNames.${part.locale}`)) || part.locale;
    const prefix = String(n).padStart(2, "0");
    files[`${prefix}-doc-${language}.txt`] = strToU8(part.script.replace(/\r?\n/g, "\r\n"));
    if (part.audio) {
      const extension = EXTENSIONS[part.audio.mimeType] ?? "audio";
      // Recordings are compressed already: stored as they are.
      files[`${prefix}-ban-ghi-${language}.${extension}`] = [await readAll(part.audio.storageKey), { level: 0 }];
    }
  }
  return zipSync(files, { level: 6 });
}

/** Markdown to the plain text an announcer reads (marks, links and images dropped). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s*/gm, "")
    .replace(/[*_`>]+/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function zipResponse(body: Uint8Array, name: string): Response {
  return new Response(body as unknown as BodyInit, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${name}.zip"`,
      "cache-control": "no-store",
    },
  });
}

/** /admin/notices/{id}/bulletin.zip: an issued notice, or a draft the viewer may edit. */
export async function noticeBulletin(id: string): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "bulletins.download")) return new Response("Forbidden", { status: 403 });
  const editable = await getNoticeForEditor({ viewer, id });
  const notice =
    editable ??
    (await db.notice.findFirst({ where: { id, state: { not: "DRAFT" } }, include: { translations: { include: { audio: true } } } }));
  if (!notice) return new Response("Not found", { status: 404 });
  const parts = notice.translations
    .filter((tr) => isLocale(tr.locale))
    .map((tr) => {
      const locale = tr.locale as Locale;
      const t = getT(locale, "reach");
      const tn = getT(locale, "notices");
      const lines = [
        `${tn(`severity.${notice.severity}`)}: ${tr.headline}`,
        "",
        tr.description,
        "",
        `${t("messages.whatToDo")}: ${tr.instruction}`,
        t("messages.until", { time: formatDateTime(notice.expiresAt, locale) }),
        ...(notice.reason ? ["", notice.reason] : []),
      ];
      return {
        locale,
        script: lines.join("\n"),
        audio: tr.audio ? { storageKey: tr.audio.storageKey, mimeType: tr.audio.mimeType } : null,
      };
    });
  return zipResponse(await buildBulletin(parts), `ban-tin-loa-thong-bao-${notice.seriesId.slice(0, 8)}-v${notice.version}`);
}

/** /admin/articles/{id}/bulletin.zip: a published article, or one the viewer may edit. */
export async function articleBulletin(id: string): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "bulletins.download")) return new Response("Forbidden", { status: 403 });
  const editable = await getArticleForEditor({ viewer, id });
  const article =
    editable ??
    (await db.article.findFirst({
      where: { id, state: "PUBLISHED", deletedAt: null },
      include: { translations: { include: { audio: true } } },
    }));
  if (!article) return new Response("Not found", { status: 404 });
  const parts = article.translations
    .filter((tr) => isLocale(tr.locale))
    .map((tr) => ({
      locale: tr.locale as Locale,
      script: `${tr.title}\n\n${tr.summary}\n\n${plainText(tr.body)}`,
      audio: tr.audio ? { storageKey: tr.audio.storageKey, mimeType: tr.audio.mimeType } : null,
    }));
  const slug = article.translations.find((tr) => tr.locale === DEFAULT_LOCALE)?.slug ?? article.id;
  return zipResponse(await buildBulletin(parts), `ban-tin-loa-${slug.slice(0, 60)}`);
}
