import { describe, expect, it } from "vitest";
import { buildCapXml, capTime, type CapMessage } from "@/lib/notices/cap";
import { ZCreateNotice, ZNoticeSettings } from "@/lib/notices/schema";
import { capCategory, noticeStatus, severityRank, stepProblem } from "@/lib/notices/states";
import { validUntil } from "@/scripts/lib/page-html.mjs";
import { infoLanguages, validateCap } from "../../fixtures/cap";

const message: CapMessage = {
  identifier: "dantoc.example.gov.vn:notice:abc",
  sender: "cap@dantoc.example.gov.vn",
  sent: new Date("2026-11-28T10:15:30.123Z"),
  msgType: "UPDATE",
  note: null,
  references: [{ identifier: "dantoc.example.gov.vn:notice:first", sent: new Date("2026-11-28T08:00:00Z") }],
  category: "DISASTER",
  hazard: "FLASH_FLOOD",
  severity: "SEVERE",
  urgency: "IMMEDIATE",
  certainty: "LIKELY",
  allClear: false,
  effective: new Date("2026-11-28T08:00:00Z"),
  expires: new Date("2026-11-29T11:00:00Z"),
  senderName: "Ban Dân tộc tỉnh Tuyên Quang",
  area: { description: "Xã Minh Dân, Thôn 1 (Xã Thượng Lâm)", geocodes: ["DEMO-01", "DEMO-02-01"] },
  infos: [
    {
      locale: "vi",
      event: "Lũ quét",
      headline: "Cảnh báo lũ quét <khẩn> & sạt lở",
      description: "Mưa lớn.",
      instruction: "Di chuyển lên chỗ cao.",
      web: "http://x/vi/notices/abc",
      audio: { url: "http://x/media/a.mp3", mimeType: "audio/mpeg", size: 1234, description: "Bản ghi âm" },
    },
    {
      locale: "en",
      event: "Flash flood",
      headline: "Flash-flood warning",
      description: "Heavy rain.",
      instruction: "Move to high ground.",
      web: "http://x/en/notices/abc",
      audio: null,
    },
    {
      locale: "tyz",
      event: "Lũ quét",
      headline: "Cảnh báo",
      description: "Mưa.",
      instruction: "Đi.",
      web: "http://x/tyz/notices/abc",
      audio: null,
    },
  ],
};

describe("CAP 1.2 documents", () => {
  it("validate against the OASIS CAP 1.2 schema, with one info block per language", async () => {
    const xml = buildCapXml(message);
    const result = await validateCap(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(infoLanguages(xml)).toEqual(["vi-VN", "en-US", "tyz"]);
    expect(xml).toContain("<msgType>Update</msgType>");
    expect(xml).toContain(
      "<references>cap@dantoc.example.gov.vn,dantoc.example.gov.vn:notice:first,2026-11-28T15:00:00+07:00</references>",
    );
    expect(xml).toContain("<value>DEMO-02-01</value>");
    // Escaped by the library, not concatenated.
    expect(xml).toContain("Cảnh báo lũ quét &lt;khẩn&gt; &amp; sạt lở");
  });

  it("a cancel with its reason and an all-clear are valid too", async () => {
    for (const variant of [
      { msgType: "CANCEL" as const, note: "Cảnh báo nhầm" },
      { msgType: "UPDATE" as const, allClear: true, note: null },
    ]) {
      const xml = buildCapXml({ ...message, ...variant });
      expect((await validateCap(xml)).valid, xml).toBe(true);
      expect(xml).toContain("<urgency>Past</urgency>");
    }
  });

  it("the schema rejects what CAP forbids (fractional seconds, a time without its offset)", async () => {
    const xml = buildCapXml(message).replace(/<sent>[^<]+<\/sent>/, "<sent>2026-11-28T10:15:30.123Z</sent>");
    expect((await validateCap(xml)).valid).toBe(false);
  });

  it("times are the province's, with +07:00 and no fractional seconds", () => {
    expect(capTime(new Date("2026-11-28T17:30:59.999Z"))).toBe("2026-11-29T00:30:59+07:00");
  });

  it("categories map to CAP's", () => {
    expect(capCategory("HEALTH", null)).toBe("Health");
    expect(capCategory("DISASTER", "LANDSLIDE")).toBe("Geo");
    expect(capCategory("DISASTER", "WILDFIRE")).toBe("Fire");
    expect(capCategory("DISASTER", "STORM")).toBe("Met");
    expect(capCategory("FOREST", null)).toBe("Env");
  });
});

describe("notice lifecycle", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  const issued = { state: "ISSUED" as const, msgType: "ALERT" as const, allClear: false, expiresAt: new Date("2026-11-28T12:00:00Z") };

  it("expires by time alone", () => {
    expect(noticeStatus(issued, now)).toBe("ACTIVE");
    expect(noticeStatus(issued, new Date("2026-11-28T12:00:00Z"))).toBe("EXPIRED");
    expect(noticeStatus({ ...issued, msgType: "CANCEL" }, now)).toBe("CANCELLED");
    expect(noticeStatus({ ...issued, allClear: true }, now)).toBe("ALL_CLEAR");
  });

  it("allows each step only in its state", () => {
    expect(stepProblem({ ...issued, state: "DRAFT", hasVietnamese: true }, "issue", now)).toBeNull();
    expect(stepProblem({ ...issued, state: "DRAFT", hasVietnamese: false }, "issue", now)).toBe("notice.vietnameseRequired");
    expect(stepProblem({ ...issued, state: "DRAFT" }, "issue", new Date("2026-11-29T00:00:00Z"))).toBe("notice.alreadyExpired");
    expect(stepProblem(issued, "issue", now)).toBe("notice.wrongState");
    expect(stepProblem(issued, "cancel", now)).toBeNull();
    expect(stepProblem(issued, "update", now)).toBeNull();
    expect(stepProblem({ ...issued, hasDraftUpdate: true }, "update", now)).toBe("notice.updatePending");
    expect(stepProblem(issued, "cancel", new Date("2026-11-28T13:00:00Z"))).toBe("notice.wrongState");
    expect(stepProblem({ ...issued, msgType: "CANCEL" }, "allClear", now)).toBe("notice.wrongState");
  });

  it("sorts the most severe first", () => {
    expect(["MINOR", "EXTREME", "SEVERE", "MODERATE"].sort((a, b) => severityRank(a as never) - severityRank(b as never))).toEqual([
      "EXTREME",
      "SEVERE",
      "MODERATE",
      "MINOR",
    ]);
  });
});

describe("notice forms", () => {
  const base = {
    category: "DISASTER",
    hazard: "FLASH_FLOOD",
    severity: "SEVERE",
    urgency: "IMMEDIATE",
    certainty: "LIKELY",
    effectiveAt: "2026-12-01T07:00",
    expiresAt: "2026-12-01T19:00",
    "area.u1": "on",
    headline: "Lũ quét",
    description: "Mưa lớn",
    instruction: "Lên chỗ cao",
  };
  const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("reads the area checkboxes and the province's times", () => {
    const parsed = ZCreateNotice.parse(base);
    expect(parsed.unitIds).toEqual(["u1"]);
    expect(parsed.provinceWide).toBe(false);
    expect(parsed.expiresAt?.toISOString()).toBe("2026-12-01T12:00:00.000Z");
  });

  it("refuses an empty area, an expiry before the start, a missing severity and a disaster without its kind, each on its field", () => {
    const { "area.u1": _area, ...noArea } = base;
    const result = ZCreateNotice.safeParse({ ...noArea, severity: "", hazard: "", expiresAt: "2026-12-01T06:00" });
    expect(errors(result)).toMatchObject({
      area: "notices:errors.areaRequired",
      expiresAt: "notices:errors.expiresBeforeEffective",
      severity: "notices:errors.severityRequired",
      hazard: "notices:errors.hazardRequired",
    });
    expect(errors(ZNoticeSettings.safeParse({ ...base, id: "x", expiresAt: "" }))).toMatchObject({
      expiresAt: "notices:errors.expiresRequired",
    });
    expect(ZCreateNotice.safeParse({ ...noArea, provinceWide: "on" }).success).toBe(true);
  });
});

describe("pages showing notices", () => {
  it("tell the front server when they stop being valid: the earliest expiry on the page", () => {
    const html =
      '<head><meta name="portal-valid-until" content="2026-11-28T11:00:00.000Z"/></head><body><meta name="portal-valid-until" content="2026-11-28T10:30:00.000Z"/></body>';
    expect(validUntil(html)).toBe(Date.parse("2026-11-28T10:30:00.000Z"));
    expect(validUntil("<h1>Tin</h1>")).toBeNull();
    expect(validUntil('<meta name="portal-valid-until" content="nonsense"/>')).toBeNull();
  });
});
