import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, logLevel, relayLine } from "@/lib/log/index.mjs";

function capture(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("test", { level, destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  return { logger, lines };
}

describe("the portal's log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one JSON object per line with time, level by name, component and the request id", () => {
    const { logger, lines } = capture();
    logger.child({ reqId: "abc" }).error({ status: 500 }, "request failed");
    logger.debug("not at info");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", component: "test", reqId: "abc", status: 500, msg: "request failed" });
    expect(new Date(String(lines[0]!.time)).toString()).not.toBe("Invalid Date");
  });

  it("never writes a password, token or cookie that an object carried", () => {
    const { logger, lines } = capture();
    logger.info({ password: "Demo@2026", user: { token: "t0k" }, headers: { cookie: "session=1" } }, "careless");
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("Demo@2026");
    expect(text).not.toContain("t0k");
    expect(text).not.toContain("session=1");
  });

  it("takes LOG_LEVEL, and the default for a value it does not know", () => {
    expect(logLevel("debug")).toBe("debug");
    expect(logLevel(" WARN ")).toBe("warn");
    expect(logLevel("loud")).toBe("info");
    expect(logLevel(undefined)).toBe("info");
  });

  it("passes Next.js's own lines on: its JSON as it is, plain text wrapped with the stream it came on", () => {
    const { logger, lines } = capture();
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    relayLine(logger, '{"level":"error","component":"next","msg":"x"}', "info");
    relayLine(logger, "  ▲ Next.js 16.4.6  ", "info");
    relayLine(logger, "Error: boom", "error");
    relayLine(logger, "   ", "info");
    expect(written).toEqual(['{"level":"error","component":"next","msg":"x"}\n']);
    expect(lines).toMatchObject([
      { level: "info", stream: "stdout", msg: "  ▲ Next.js 16.4.6" },
      { level: "error", stream: "stderr", msg: "Error: boom" },
    ]);
  });
});
