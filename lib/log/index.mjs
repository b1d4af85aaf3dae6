// The portal's structured log: one JSON object per line on standard output (pino), for the front
// server, the outbox worker and Next.js alike, so a collector (journald, Loki, Elasticsearch)
// reads every process the same way. A request's lines carry its `reqId`, the X-Request-Id the
// front server gives every answer and passes to Next.js.
//   LOG_LEVEL   fatal, error, warn, info (default), debug (adds one line per answer), silent
import pino from "pino";

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** The level from LOG_LEVEL; an unknown value is the default rather than a crash at start. */
export function logLevel(value = process.env.LOG_LEVEL) {
  const level = String(value ?? "")
    .trim()
    .toLowerCase();
  return LEVELS.has(level) ? level : "info";
}

/**
 * The logger of one part of the portal (`component`: "front", "next", "outbox", …). `destination`
 * is for tests; by default lines go to standard output, written asynchronously so that logging
 * never holds up an answer.
 * @param {string} component
 * @param {{ level?: string, destination?: import("pino").DestinationStream }} [options]
 */
export function createLogger(component, options = {}) {
  return pino(
    {
      level: options.level ?? logLevel(),
      base: { pid: process.pid, component },
      timestamp: pino.stdTimeFunctions.isoTime,
      // The level by name, as people grep for it ("error"), not pino's number.
      formatters: { level: (label) => ({ level: label }) },
      // Nothing secret is logged on purpose; these would be if an object carrying them were.
      redact: {
        paths: ["password", "*.password", "token", "*.token", "headers.cookie", "headers.authorization", "*.headers.cookie"],
        censor: "[redacted]",
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * A line another program wrote (Next.js's own output on its standard streams): kept as it is
 * when it is already one of ours, else wrapped, so the portal's log stays one JSON object per line.
 * @param {import("pino").Logger} logger
 * @param {string} line
 * @param {"info" | "error"} level
 */
export function relayLine(logger, line, level) {
  const text = line.replace(/\s+$/, "");
  if (!text) return;
  if (text.startsWith("{") && text.endsWith("}")) {
    try {
      JSON.parse(text);
      process.stdout.write(`${text}\n`);
      return;
    } catch {
      // Not JSON after all: wrapped below.
    }
  }
  logger[level]({ stream: level === "error" ? "stderr" : "stdout" }, text);
}
