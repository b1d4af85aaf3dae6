import { describe, expect, it } from "vitest";
import { revealsAsker } from "@/lib/forum/privacy";

const hidden = { askerName: "Nguyễn Văn Tư", showName: false, askerPhone: "0912345671" };

describe("revealsAsker: what an answer gives away about the asker", () => {
  it.each([
    ["Chào ông Tư, xã đã nhận được câu hỏi.", ["name"]],
    ["Kính gửi anh Tư!", ["name"]],
    ["Ông Nguyễn Văn Tư thân mến", ["name"]],
    ["CHÀO ÔNG TƯ", ["name"]],
    ["Xã sẽ gọi lại số 0912 345 671.", ["number"]],
    ["Gọi +84 912 345 671 nhé", ["number"]],
    ["Liên hệ 0987 654 321 để được hỗ trợ", ["number"]],
    ["Chào ông Tư, gọi 0912345671", ["name", "number"]],
  ])("warns on %j", (body, expected) => {
    expect(revealsAsker(body, hidden)).toEqual(expected);
  });

  it.each([
    "Xã đã chuyển câu hỏi tới phòng tư pháp.", // "tư" as a word, not the asker
    "Theo Quyết định 414/QĐ-TTg, hộ được hỗ trợ 1.500.000 đồng.",
    "Kính gửi bà con thôn 3.",
    "Ông Tuấn, cán bộ địa chính, sẽ đến kiểm tra.", // another person
  ])("stays quiet on %j", (body) => {
    expect(revealsAsker(body, hidden)).toEqual([]);
  });

  it("says nothing of a name the asker chose to show", () => {
    expect(revealsAsker("Chào ông Tư", { ...hidden, showName: true })).toEqual([]);
  });
});
