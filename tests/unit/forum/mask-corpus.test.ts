import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASK, maskPersonalNumbers } from "@/lib/forum/mask";

// Real-world writings of phone and ID numbers, generated: the mask must catch every one, and
// must leave years, dates, times, prices and decision numbers exactly as written.

const FULLWIDTH = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
/** The digits of a text as a reader would read them (fullwidth ones too). */
const digitsOf = (text: string) => text.normalize("NFKC").replace(/\D/g, "");

const mobile = fc.tuple(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{8}$/)).map(([a, rest]) => `${a}${rest}`);
const landline = fc.stringMatching(/^\d{9}$/).map((rest) => `2${rest}`);
/** A phone number without its leading 0 (what follows +84). */
const subscriber = fc.oneof(mobile, landline);
const separator = fc.constantFrom(" ", ".", "-", "  ", "\u00A0", "\u202F", "/", "\u2013", " - ", "");
const grouping = fc.constantFrom([4, 3, 3], [3, 3, 4], [4, 2, 2, 2], [3, 4, 3], [4, 3, 4], [10], [4, 6]);
const prefix = fc.constantFrom("0", "+84", "+84 ", "(+84) ", "84", "0084 ", "0084", "+84.");
const before = fc.constantFrom("", "SĐT ", "sdt", "sđt:", "ĐT: ", "Zalo ", "gọi ", "liên hệ số ", "(", "số điện thoại là ");
const after = fc.constantFrom("", ".", ",", " nhé", ")", " (buổi tối)", "!");

/** The digits in groups of the given sizes; what is left joins the last group (as people write 0207 382 2345). */
function grouped(digits: string, sizes: readonly number[], sep: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts[parts.length - 1] += digits.slice(at);
  return parts.join(sep);
}

const phoneWriting = fc
  .record({ number: subscriber, prefix, sizes: grouping, sep: separator, fullwidth: fc.boolean(), before, after })
  .map(({ number, prefix: p, sizes, sep, fullwidth, before: b, after: a }) => {
    const national = `0${number}`;
    const body =
      p === "0"
        ? grouped(national, sizes, sep)
        : `${p}${grouped(
            number,
            sizes.map((s, k) => (k === 0 ? s - 1 : s)),
            sep,
          )}`;
    return { national, text: `Nhà tôi ở thôn 3, ${b}${fullwidth ? FULLWIDTH(body) : body}${a} cảm ơn cán bộ.` };
  });

const cccdWriting = fc
  .record({
    province: fc.integer({ min: 1, max: 96 }),
    rest: fc.stringMatching(/^\d{9}$/),
    sizes: fc.constantFrom([12], [3, 3, 3, 3], [4, 4, 4], [3, 3, 6]),
    sep: fc.constantFrom(" ", ".", "-", "  ", "\u00A0"),
    fullwidth: fc.boolean(),
  })
  .map(({ province, rest, sizes, sep, fullwidth }) => {
    const id = `${String(province).padStart(3, "0")}${rest}`;
    const body = grouped(id, sizes, sep);
    return { id, text: `Số CCCD của tôi ${fullwidth ? FULLWIDTH(body) : body} cấp tại Tuyên Quang.` };
  });

describe("masking a generated corpus of real-world writings", () => {
  it("masks every phone number, however written (2,000 writings)", () => {
    fc.assert(
      fc.property(phoneWriting, ({ national, text }) => {
        const masked = maskPersonalNumbers(text);
        expect(masked).toContain(MASK);
        // No 7-digit tail of the number survives anywhere in the published text.
        expect(digitsOf(masked)).not.toContain(national.slice(-7));
      }),
      { numRuns: 2000 },
    );
  });

  it("masks every CCCD, contiguous or grouped (1,000 writings)", () => {
    fc.assert(
      fc.property(cccdWriting, ({ id, text }) => {
        expect(digitsOf(maskPersonalNumbers(text))).not.toContain(id.slice(-6));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ["(+84) 912 345 671", "Gọi (+84) 912 345 671 giúp tôi"],
    ["0084 912…", "Gọi 0084 912 345 671 giúp tôi"],
    ["double spaces", "Gọi 0912  345  671 giúp tôi"],
    ["no-break spaces", "Gọi 0912\u00A0345\u00A0671 giúp tôi"],
    ["glued to a word", "sdt0912345671 giúp tôi"],
    ["slashes", "Gọi 0912/345/671 giúp tôi"],
    ["fullwidth digits", "Gọi ０９１２３４５６７１ giúp tôi"],
    ["after a date", "Ngày 05/03/2024 0912345671 gọi không được"],
  ])("masks what the report found missed: %s", (_name, text) => {
    const masked = maskPersonalNumbers(text);
    expect(masked).toContain(MASK);
    expect(digitsOf(masked)).not.toContain("2345671");
  });

  it("masks a CCCD written with dots, and two numbers in a row", () => {
    expect(maskPersonalNumbers("CCCD 008.123.456.789 của tôi")).toBe(`CCCD ${MASK} của tôi`);
    expect(maskPersonalNumbers("0912 345 671 hoặc 0987 654 321")).toBe(`${MASK} hoặc ${MASK}`);
    expect(maskPersonalNumbers("Gọi (+84) 912 345 671.")).toBe(`Gọi ${MASK}.`);
    expect(maskPersonalNumbers("Máy bàn (0207) 382 2345")).toBe(`Máy bàn ${MASK}`);
  });
});

describe("what must stay as written", () => {
  const KEPT = [
    "Quyết định 414/QĐ-TTg ngày 12/4/2019 của Thủ tướng",
    "Quyết định số 1719/QĐ-TTg ngày 14/10/2021",
    "Nghị định 27/2022/NĐ-CP và Thông tư 02/2023/TT-UBDT",
    "Kế hoạch 64/KH-UBND năm 2022",
    "Giai đoạn 2021–2025 và 2026 - 2030",
    "Năm 2019 2020 2021 2022 đều được hỗ trợ",
    "Hỗ trợ 150.000.000 đồng mỗi hộ",
    "Tổng kinh phí 150.000.000.000 đồng",
    "Giá 150000000 đồng một con trâu",
    "Giá 1.500.000đ/tạ, 25.000 đ/kg",
    "Vay 300 triệu, lãi 0,5%/tháng",
    "Họp lúc 08:30 ngày 05/03/2024 tại nhà văn hoá",
    "Từ 03-05-2024 08 giờ đến 08-05-2024 17 giờ",
    "ngày 5.3.2024 lúc 8h30, ngày 12-10-2023 09 giờ",
    "Mã hồ sơ H12.34-250101-0001",
    "Số nhà 1234567890123",
    "Diện tích 12345 m2, thôn 3, mã bưu chính 300000",
    "Mã số thuế 5000123456-001",
  ];
  it.each(KEPT)("keeps %j", (text) => {
    expect(maskPersonalNumbers(text)).toBe(text);
  });

  it("keeps generated dates, times, years and amounts (2,000 texts)", () => {
    const day = fc.integer({ min: 1, max: 31 }).map((d) => String(d).padStart(2, "0"));
    const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));
    const year = fc.integer({ min: 1990, max: 2035 }).map(String);
    const hour = fc.integer({ min: 0, max: 23 }).map((h) => String(h).padStart(2, "0"));
    const sep = fc.constantFrom("/", "-", ".");
    const date = fc.tuple(day, sep, month, year).map(([d, s, m, y]) => `${d}${s}${m}${s}${y}`);
    const when = fc.oneof(
      fc.tuple(date, hour).map(([d, h]) => `ngày ${d} ${h} giờ`),
      fc.tuple(hour, fc.integer({ min: 0, max: 59 }), date).map(([h, m, d]) => `lúc ${h}:${String(m).padStart(2, "0")} ngày ${d}`),
      fc.tuple(year, year).map(([a, b]) => `giai đoạn ${a}-${b}`),
    );
    const amount = fc
      .integer({ min: 1, max: 999 })
      .chain((head) => fc.constantFrom(".000", ".000.000", ".000.000.000", "000000").map((tail) => `${head}${tail} đồng`));
    const decision = fc
      .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom("QĐ-TTg", "QĐ-UBND", "KH-UBND", "NĐ-CP"), year)
      .map(([n, kind, y]) => `số ${n}/${y}/${kind}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(when, amount, decision), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = `${parts.join(", ")}.`;
        expect(maskPersonalNumbers(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
