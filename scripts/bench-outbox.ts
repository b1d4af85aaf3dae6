// `npm run bench:outbox`: a severe notice issued to 100,000 subscribers — the time to queue the
// fan-out (one set-based INSERT inside the issuing transaction) — and the delivery throughput
// of the outbox worker to an SMS gateway stub on BENCH_PORT (default 3340), on a fresh database
// (BENCH_DB, default portal_bench_outbox) on DATABASE_URL's server. A benchmark, not a test: it
// prints the numbers and appends them to bench/results.jsonl.
import http from "node:http";
import os from "node:os";
import { freshBenchDatabase } from "./lib/bench-database.mjs";
import { appendBenchResult, benchCommit } from "./lib/bench-results.mjs";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const DELIVERY_SECONDS = Number(process.env.BENCH_DELIVERY_SECONDS ?? 20);
const RATE = Number(process.env.BENCH_SMS_RATE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_SMS_CONCURRENCY ?? 16);
const port = Number(process.env.BENCH_PORT ?? 3340);
const database = process.env.BENCH_DB ?? "portal_bench_outbox";

process.env.AUTH_SECRET ??= "bench-outbox-secret-bench-outbox-secret-0123";
await freshBenchDatabase(database);

const { seedReference } = await import("../prisma/seed/reference");
const { seedDemoUsers } = await import("../prisma/seed/users");
const { db } = await import("../lib/db");
await seedReference(db);
await seedDemoUsers(db);
const { issueNotice } = await import("../lib/notices/mutations");
const { runOutboxWorker } = await import("../lib/outbox/worker");
const { ZOutboxSettings, OUTBOX_SETTINGS_KEY } = await import("../lib/outbox/schema");

// The gateway stub: answers every request at once with an id, counts them.
let received = 0;
const gateway = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    received += 1;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `m${received}` }));
  });
});
await new Promise<void>((resolve) => gateway.listen(port, "127.0.0.1", resolve));

// 100,000 confirmed subscribers of Minh Dân: 80 % SMS, 20 % e-mail.
const commune = await db.adminUnit.findUniqueOrThrow({ where: { slug: "minh-dan" } });
await db.$executeRaw`
  INSERT INTO "Subscription" ("id", "kind", "channel", "address", "locale", "state", "communeId", "minSeverity", "consentPurpose", "consentAt", "createdAt", "updatedAt")
  SELECT 'bench' || n, 'NOTICES', CASE WHEN n % 5 = 0 THEN 'EMAIL' ELSE 'SMS' END::"OutboxChannel",
         CASE WHEN n % 5 = 0 THEN 'bench' || n || '@example.org' ELSE '09' || lpad(n::text, 8, '0') END,
         'vi', 'ACTIVE', ${commune.id}, 'SEVERE', 'benchmark', now(), now(), now()
  FROM generate_series(1, ${SUBSCRIBERS}::int) AS n`;
await db.$executeRaw`ANALYZE "Subscription"`;

const official = await db.user.findUniqueOrThrow({ where: { email: "official@demo.local" } });
const notice = await db.notice.create({
  data: {
    seriesId: "bench-notice",
    id: "bench-notice",
    category: "DISASTER",
    hazard: "FLASH_FLOOD",
    severity: "SEVERE",
    urgency: "IMMEDIATE",
    certainty: "LIKELY",
    communeId: commune.id,
    effectiveAt: new Date(),
    expiresAt: new Date(Date.now() + 6 * 3_600_000),
    authorId: official.id,
    areas: { create: [{ unitId: commune.id }] },
    translations: {
      create: {
        locale: "vi",
        headline: "Cảnh báo lũ quét",
        description: "Mưa lớn trên thượng nguồn.",
        instruction: "Không qua suối. Lên chỗ cao ngay.",
      },
    },
  },
});

let started = performance.now();
await issueNotice(notice.id, { actor: official, ip: null });
const queueMs = performance.now() - started;
const queued = await db.outboxMessage.count({ where: { template: "notice.alert" } });

// Delivery: SMS to the stub at the configured rate, e-mail to the demo log, for DELIVERY_SECONDS.
const settings = ZOutboxSettings.parse({
  sms: { transport: "http", ratePerSecond: RATE, concurrency: CONCURRENCY, http: { url: `http://127.0.0.1:${port}/send` } },
  email: { transport: "log", ratePerSecond: RATE, concurrency: CONCURRENCY },
});
await db.setting.upsert({
  where: { key: OUTBOX_SETTINGS_KEY },
  create: { key: OUTBOX_SETTINGS_KEY, value: settings },
  update: { value: settings },
});
const controller = new AbortController();
started = performance.now();
const worker = runOutboxWorker({ db, signal: controller.signal, pollMs: 50 });
await new Promise((resolve) => setTimeout(resolve, DELIVERY_SECONDS * 1000));
controller.abort();
await worker;
const deliverySeconds = (performance.now() - started) / 1000;
const sent = await db.outboxMessage.groupBy({ by: ["channel"], where: { state: "SENT" }, _count: true });
const sentSms = sent.find((row) => row.channel === "SMS")?._count ?? 0;
const sentEmail = sent.find((row) => row.channel === "EMAIL")?._count ?? 0;
gateway.close();
await db.$disconnect();

const commit = benchCommit();
const line = {
  date: new Date().toISOString(),
  commit,
  benchmark: "outbox-fanout-100k",
  node: process.version,
  // The machine's load while measuring (1-minute average; the number of cores beside it).
  load: { average: Number(os.loadavg()[0]!.toFixed(1)), cores: os.cpus().length },
  subscribers: SUBSCRIBERS,
  queued,
  queueMs: Math.round(queueMs),
  delivery: {
    seconds: Number(deliverySeconds.toFixed(1)),
    smsRateLimit: RATE,
    smsConcurrency: CONCURRENCY,
    smsSent: sentSms,
    gatewayRequests: received,
    smsPerSecond: Number((sentSms / deliverySeconds).toFixed(1)),
    emailSentToLog: sentEmail,
  },
};
appendBenchResult(line);
console.log(
  `Fan-out of a severe notice to ${SUBSCRIBERS} subscribers: ${queued} messages queued in ${line.queueMs} ms (in the issuing transaction).`,
);
console.log(
  `Delivery for ${line.delivery.seconds} s: ${sentSms} SMS to the gateway stub (${line.delivery.smsPerSecond}/s, limit ${RATE}/s, ${CONCURRENCY} at once), ${sentEmail} e-mails to the demo log.`,
);
