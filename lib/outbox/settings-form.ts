import { z } from "zod";
import { ZOutboxSettings } from "./schema";

const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());

/**
 * The settings form posts flat fields ("sms.http.url"); they are nested and checked by the same
 * schema the worker reads. A checkbox left unticked is absent from the form: false.
 */
export const ZOutboxSettingsForm = z
  .record(z.string(), z.unknown())
  .transform((flat) => {
    const nested: Record<string, unknown> = {};
    for (const [path, value] of Object.entries(flat)) {
      if (typeof value !== "string" || path.startsWith("$")) continue;
      const parts = path.split(".");
      let node = nested;
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[parts.at(-1)!] = value;
    }
    const email = (nested.email ??= {}) as Record<string, Record<string, unknown>>;
    (email.smtp ??= {}).secure = checkbox.parse(email.smtp?.secure);
    const sms = (nested.sms ??= {}) as Record<string, unknown>;
    sms.stripDiacritics = checkbox.parse(sms.stripDiacritics);
    return nested;
  })
  .pipe(ZOutboxSettings)
  .superRefine((settings, ctx) => {
    // A gateway body must be a template the worker can fill.
    for (const key of ["sms", "zalo"] as const) {
      const http = settings[key].http;
      if (http.format === "json") {
        try {
          JSON.parse(http.bodyTemplate);
        } catch {
          ctx.addIssue({ code: "custom", path: [key, "http", "bodyTemplate"], message: "reach:outbox.settings.errors.bodyNotJson" });
        }
      }
      if (settings[key].transport === "http" && !http.url)
        ctx.addIssue({ code: "custom", path: [key, "http", "url"], message: "reach:outbox.settings.errors.urlRequired" });
    }
    if (settings.email.transport === "smtp") {
      if (!settings.email.smtp.host)
        ctx.addIssue({ code: "custom", path: ["email", "smtp", "host"], message: "reach:outbox.settings.errors.hostRequired" });
      if (!settings.email.smtp.from)
        ctx.addIssue({ code: "custom", path: ["email", "smtp", "from"], message: "reach:outbox.settings.errors.fromRequired" });
    }
  });
