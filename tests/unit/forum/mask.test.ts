import { describe, expect, it } from "vitest";
import { MASK, hasPersonalNumbers, maskPersonalNumbers } from "@/lib/forum/mask";

describe("maskPersonalNumbers: phone numbers", () => {
  const phones = [
    "0912345678",
    "0912 345 678",
    "0912.345.678",
    "0912-345-678",
    "091 234 5678",
    "+84912345678",
    "+84 912 345 678",
    "84912345678",
    "0356789012",
    "0868 123 456",
    "0703.456.789",
    "0587654321",
    "0243 8253 456", // Hà Nội landline, 11 digits
    "02073822345", // Tuyên Quang landline
    "+84 207 382 2345",
  ];
  for (const phone of phones) {
    it(`masks ${phone}`, () => {
      expect(maskPersonalNumbers(`Gọi cho tôi: ${phone}, cảm ơn.`)).toBe(`Gọi cho tôi: ${MASK}, cảm ơn.`);
    });
  }

  it("masks several numbers and keeps everything around them", () => {
    expect(maskPersonalNumbers("Số 0912345678 hoặc 0987.654.321 (buổi tối)")).toBe(`Số ${MASK} hoặc ${MASK} (buổi tối)`);
  });

  it("masks a number at the very start and end of the text", () => {
    expect(maskPersonalNumbers("0912345678")).toBe(MASK);
    expect(maskPersonalNumbers("sđt:0912345678")).toBe(`sđt:${MASK}`);
  });
});

describe("maskPersonalNumbers: national ID numbers", () => {
  it("masks a 12-digit CCCD, contiguous or in groups", () => {
    expect(maskPersonalNumbers("CCCD 008123456789 của tôi")).toBe(`CCCD ${MASK} của tôi`);
    expect(maskPersonalNumbers("CCCD 008 123 456 789")).toBe(`CCCD ${MASK}`);
    expect(maskPersonalNumbers("CCCD 0081 2345 6789")).toBe(`CCCD ${MASK}`);
  });

  it("masks a 9-digit CMND", () => {
    expect(maskPersonalNumbers("CMND số 071234567 cấp năm 2010")).toBe(`CMND số ${MASK} cấp năm 2010`);
  });
});

describe("maskPersonalNumbers: what it leaves alone", () => {
  const untouched = [
    "Năm 2024 nhà tôi được hỗ trợ 150.000.000 đồng",
    "Hỗ trợ 1.500.000 đồng mỗi tháng",
    "Quyết định 414/QĐ-TTg ngày 12/4/2019",
    "Thôn 3, xã Minh Dân, mã bưu chính 300000",
    "Diện tích 12345 m2",
    "Giá 25.000đ/kg, 3 tấn",
    "Mã hồ sơ H12.34-250101-0001",
    "Số nhà 1234567890123 (quá dài để là số điện thoại)",
    "0123456789 không phải đầu số di động",
  ];
  for (const text of untouched) {
    it(`keeps "${text}"`, () => {
      expect(maskPersonalNumbers(text)).toBe(text);
      expect(hasPersonalNumbers(text)).toBe(false);
    });
  }
});
