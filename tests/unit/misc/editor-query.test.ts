import { describe, expect, it } from "vitest";
import { editorQuery, firstValue } from "@/lib/editor-query";
import { NOTICE_DONE } from "@/lib/notices/editor";

describe("editorQuery", () => {
  it("takes the first of repeated values and drops unknown languages and steps", () => {
    expect(firstValue(["x", "y"])).toBe("x");
    const query = editorQuery({ lang: ["en", "vi"], done: "hacked", created: "1" }, NOTICE_DONE);
    expect(query).toMatchObject({ lang: "en", done: undefined, created: true });
    expect(editorQuery({ lang: "<script>" }).lang).toBe("vi");
    expect(editorQuery({ done: "issued" }, NOTICE_DONE).done).toBe("issued");
  });

  it("reports an upload's outcome only to the form the address names", () => {
    const query = editorQuery({ media: "audio", error: "upload.tooLarge", saved: "1" });
    expect(query.upload("audio")).toEqual({ error: "upload.tooLarge", saved: true });
    expect(query.upload("cover")).toEqual({ error: undefined, saved: false });
    expect(editorQuery({ media: "audio", saved: "yes" }).upload("audio").saved).toBe(false);
  });
});
