/**
 * The legal documents the portal carries out, with their true numbers, issuers and dates
 * (PRODUCT.md): Decision 414/QĐ-TTg of 12 April 2019 and Plan 64/KH-UBND of 18 June 2020. The
 * summaries are the portal's own plain words (marked demo); no PDF is made up: the page says
 * the file is still to be attached. Also the common abbreviations for the site search.
 * Idempotent: creates what is missing, changes nothing that exists.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { numberKey } from "@/lib/documents/schema";
import { slugify } from "@/lib/text/slug";

const DOCUMENTS = [
  {
    slug: "414-qd-ttg-2019",
    number: "414/QĐ-TTg",
    type: "DECISION",
    issuer: "Thủ tướng Chính phủ",
    title:
      "Phê duyệt Đề án tăng cường ứng dụng công nghệ thông tin hỗ trợ đồng bào dân tộc thiểu số phát triển kinh tế - xã hội và đảm bảo an ninh trật tự vùng đồng bào dân tộc thiểu số giai đoạn 2019 - 2025",
    signedOn: "2019-04-12",
    effectiveOn: null,
    field: "Công tác dân tộc",
    summary:
      "Quyết định của Thủ tướng Chính phủ về việc dùng công nghệ thông tin để giúp đồng bào dân tộc thiểu số phát triển kinh tế - xã hội và giữ an ninh, trật tự, trong giai đoạn 2019 - 2025: đưa thông tin về chính sách, pháp luật đến người dân bằng nhiều cách, giúp người dân hỏi và được trả lời, làm cơ sở dữ liệu về dân tộc thiểu số.",
  },
  {
    slug: "64-kh-ubnd-2020",
    number: "64/KH-UBND",
    type: "PLAN",
    issuer: "Ủy ban nhân dân tỉnh Tuyên Quang",
    title:
      "Kế hoạch thực hiện Đề án tăng cường ứng dụng công nghệ thông tin hỗ trợ đồng bào dân tộc thiểu số phát triển kinh tế - xã hội và đảm bảo an ninh trật tự vùng đồng bào dân tộc thiểu số giai đoạn 2019 - 2025 trên địa bàn tỉnh",
    signedOn: "2020-06-18",
    effectiveOn: null,
    field: "Công tác dân tộc",
    summary:
      "Kế hoạch của Ủy ban nhân dân tỉnh để thực hiện Quyết định 414/QĐ-TTg trong tỉnh: phổ biến chính sách, pháp luật bằng nhiều hình thức; nhận thông tin về an ninh, bảo vệ rừng, phòng chống thiên tai và dịch bệnh; giữ gìn văn hóa; quảng bá sản phẩm địa phương; diễn đàn đối thoại giữa người dân và chính quyền; hoàn thiện bộ dữ liệu về dân tộc thiểu số của tỉnh.",
  },
] as const;

/** What residents type and what it means (the back office can change the list). */
const SYNONYMS = [
  ["BHYT", "bảo hiểm y tế"],
  ["BHXH", "bảo hiểm xã hội"],
  ["QĐ", "quyết định"],
  ["KH", "kế hoạch"],
  ["UBND", "ủy ban nhân dân"],
  ["HĐND", "hội đồng nhân dân"],
  ["TTg", "Thủ tướng"],
  ["DTTS", "dân tộc thiểu số"],
  ["NĐ", "nghị định"],
] as const;

export const EXPLAINING_ARTICLE_TITLE = "Cổng thông tin này được làm ra để làm gì?";

export async function seedDocuments(db: PrismaClient): Promise<void> {
  for (const doc of DOCUMENTS) {
    if (await db.legalDocument.findUnique({ where: { slug: doc.slug }, select: { id: true } })) continue;
    await db.legalDocument.create({
      data: {
        ...doc,
        numberKey: numberKey(doc.number),
        signedOn: new Date(`${doc.signedOn}T00:00:00Z`),
        effectiveOn: doc.effectiveOn,
        status: "IN_FORCE",
        isDemo: true,
      },
    });
  }
  for (const [term, expansion] of SYNONYMS) {
    const termKey = slugify(term).replace(/-/g, " ");
    await db.searchSynonym.upsert({ where: { termKey }, create: { term, termKey, expansion }, update: {} });
  }
}

/** The demo article that explains both documents cites them (both pages link each other). */
export async function seedDocumentCitations(db: PrismaClient): Promise<void> {
  const translation = await db.articleTranslation.findUnique({
    where: { slug: slugify(EXPLAINING_ARTICLE_TITLE) },
    select: { articleId: true },
  });
  if (!translation) return;
  const docs = await db.legalDocument.findMany({ where: { slug: { in: DOCUMENTS.map((doc) => doc.slug) } }, select: { id: true } });
  await db.articleLegalDocument.createMany({
    data: docs.map((doc) => ({ articleId: translation.articleId, documentId: doc.id })),
    skipDuplicates: true,
  });
}
