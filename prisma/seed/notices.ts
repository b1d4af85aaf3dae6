import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NoticeCategory, NoticeCertainty, NoticeHazard, NoticeSeverity, NoticeUrgency } from "@/lib/generated/prisma/enums";

const HOUR = 60 * 60 * 1000;
const DEMO_NOTE = " (Thông báo mẫu để dùng thử cổng thông tin.)";
const DEMO_NOTE_EN = " (A demo notice for trying the portal.)";

type Text = { headline: string; description: string; instruction: string };
type DemoNotice = {
  id: string;
  category: NoticeCategory;
  hazard?: NoticeHazard;
  severity: NoticeSeverity;
  urgency: NoticeUrgency;
  certainty: NoticeCertainty;
  /** Commune slugs; none: the whole province. */
  communes?: string[];
  /** Hours from now (negative: in the past). */
  effective: number;
  expires: number;
  vi: Text;
  en?: Text;
  /** Cancelled an hour after it was issued, with this reason. */
  cancelReason?: string;
};

const DEMO_NOTICES: DemoNotice[] = [
  {
    id: "demo-lu-quet-minh-dan-thuong-lam",
    category: "DISASTER",
    hazard: "FLASH_FLOOD",
    severity: "SEVERE",
    urgency: "IMMEDIATE",
    certainty: "LIKELY",
    communes: ["minh-dan", "thuong-lam"],
    effective: -2,
    expires: 72,
    vi: {
      headline: "Cảnh báo lũ quét, sạt lở đất tại xã Minh Dân và xã Thượng Lâm",
      description:
        "Mưa lớn kéo dài, lượng mưa có thể trên 150 mm trong 24 giờ tới. Nguy cơ lũ quét ở các suối nhỏ và sạt lở đất ở sườn đồi dốc.",
      instruction:
        "Không qua suối, ngầm, tràn khi nước lên. Nhà ở chân đồi, ven suối chuẩn bị sơ tán lên chỗ cao. Nghe loa của thôn và làm theo hướng dẫn của xã.",
    },
    en: {
      headline: "Flash-flood and landslide warning for Minh Dân and Thượng Lâm communes",
      description:
        "Prolonged heavy rain, possibly over 150 mm in the next 24 hours. Risk of flash floods in small streams and landslides on steep slopes.",
      instruction:
        "Do not cross streams or fords when the water rises. Households at the foot of hills or by streams should get ready to move to high ground. Listen to the village loudspeaker and follow the commune's instructions.",
    },
  },
  {
    id: "demo-phong-chong-sot-xuat-huyet",
    category: "HEALTH",
    severity: "MODERATE",
    urgency: "EXPECTED",
    certainty: "LIKELY",
    effective: -48,
    expires: 30 * 24,
    vi: {
      headline: "Chủ động phòng, chống sốt xuất huyết trong mùa mưa",
      description: "Số ca sốt xuất huyết trong tỉnh tăng trong các tuần gần đây. Muỗi vằn sinh sản ở nơi có nước đọng.",
      instruction:
        "Đậy kín dụng cụ chứa nước, lật úp vật dụng có thể đọng nước, ngủ màn cả ban ngày. Khi sốt cao, đến ngay trạm y tế xã; không tự ý dùng thuốc hạ sốt loại aspirin.",
    },
    en: {
      headline: "Prevent dengue fever in the rainy season",
      description: "Dengue cases in the province have risen in recent weeks. Mosquitoes breed wherever water stands.",
      instruction:
        "Cover water containers, turn over anything that can hold water, sleep under a net also during the day. With a high fever, go to the commune health station at once; do not take aspirin.",
    },
  },
  {
    id: "demo-ret-dam-ret-hai",
    category: "DISASTER",
    hazard: "COLD_SPELL",
    severity: "MODERATE",
    urgency: "EXPECTED",
    certainty: "OBSERVED",
    effective: -10 * 24,
    expires: -5 * 24,
    vi: {
      headline: "Rét đậm, rét hại: giữ ấm cho người và gia súc",
      description: "Không khí lạnh tăng cường, nhiệt độ vùng núi có nơi dưới 8 độ C.",
      instruction: "Giữ ấm cho trẻ nhỏ và người già; che chắn chuồng trại, không thả gia súc lên núi cao.",
    },
  },
  {
    id: "demo-sat-lo-kim-binh",
    category: "DISASTER",
    hazard: "LANDSLIDE",
    severity: "SEVERE",
    urgency: "IMMEDIATE",
    certainty: "POSSIBLE",
    communes: ["kim-binh"],
    effective: -30,
    expires: 24,
    vi: {
      headline: "Nguy cơ sạt lở đất tại xã Kim Bình",
      description: "Vết nứt xuất hiện trên sườn đồi phía sau khu dân cư.",
      instruction: "Tạm thời không ở trong các nhà sát sườn đồi.",
    },
    cancelReason: "Kiểm tra thực địa cho thấy vết nứt là do đào đường cũ, không có nguy cơ sạt lở.",
  },
];

/**
 * Demo notices: a flash-flood warning in force for two communes, a province-wide dengue
 * notice, an expired cold-spell notice and a cancelled landslide warning. Times are relative
 * to the seeding. Idempotent: a notice whose id exists is left alone.
 */
export async function seedDemoNotices(db: PrismaClient): Promise<void> {
  const official = await db.user.findUnique({ where: { email: "official@demo.local" }, select: { id: true } });
  const now = Math.floor(Date.now() / 60_000) * 60_000; // whole minutes, as the back office's times
  for (const demo of DEMO_NOTICES) {
    if (await db.notice.count({ where: { seriesId: demo.id } })) continue;
    const units = demo.communes ? await db.adminUnit.findMany({ where: { slug: { in: demo.communes } }, select: { id: true } }) : [];
    if (demo.communes && units.length !== demo.communes.length) continue; // communes renamed by an administrator
    const issuedAt = new Date(now + demo.effective * HOUR);
    const translations = [
      { locale: "vi", ...demo.vi, description: demo.vi.description + DEMO_NOTE },
      ...(demo.en ? [{ locale: "en", ...demo.en, description: demo.en.description + DEMO_NOTE_EN }] : []),
    ];
    const base = {
      seriesId: demo.id,
      category: demo.category,
      hazard: demo.hazard ?? null,
      severity: demo.severity,
      urgency: demo.urgency,
      certainty: demo.certainty,
      provinceWide: !demo.communes,
      communeId: units.length === 1 ? units[0]!.id : null,
      effectiveAt: issuedAt,
      expiresAt: new Date(now + demo.expires * HOUR),
      authorId: official?.id ?? null,
      issuedById: official?.id ?? null,
    };
    await db.$transaction(async (tx) => {
      await tx.notice.create({
        data: {
          id: demo.id,
          ...base,
          state: demo.cancelReason ? "SUPERSEDED" : "ISSUED",
          issuedAt,
          areas: { create: units.map((unit) => ({ unitId: unit.id })) },
          translations: { create: translations },
        },
      });
      if (demo.cancelReason) {
        await tx.notice.create({
          data: {
            id: `${demo.id}-huy`,
            ...base,
            version: 2,
            state: "ISSUED",
            msgType: "CANCEL",
            reason: demo.cancelReason,
            supersedesId: demo.id,
            issuedAt: new Date(issuedAt.getTime() + HOUR),
            areas: { create: units.map((unit) => ({ unitId: unit.id })) },
            translations: { create: translations },
          },
        });
      }
    });
  }
}
