#!/usr/bin/env node
// `npm run seed:large`: 100,000 of everything in a benchmark database — 100,000 published articles,
// 10,000 products, 100,000 public forum questions (answered) and 1,000 notices — made by copying
// the demo rows in SQL (generate_series), batch by batch: a minute, not hours of ORM calls.
//   DATABASE_URL        the server; the data goes to SEED_LARGE_DATABASE (portal_large), recreated
//   SEED_LARGE_SCALE    a fraction of those counts (default 1; 0.01 for a quick try)
// The database is migrated and given the ordinary seed first. Never point it at real data: it
// drops and recreates its database.
import pg from "pg";
import { recreateDatabase } from "./lib/bench-database.mjs";
import { migrate, seed } from "./lib/database.mjs";
import { log } from "./lib/run.mjs";

const SCALE = Number(process.env.SEED_LARGE_SCALE ?? 1);
const COUNTS = {
  articles: Math.round(100_000 * SCALE),
  products: Math.round(10_000 * SCALE),
  questions: Math.round(100_000 * SCALE),
  notices: Math.round(1_000 * SCALE),
};
const BATCH = 10_000;
const DATABASE = process.env.SEED_LARGE_DATABASE ?? "portal_large";

async function columns(client, table) {
  const { rows } = await client.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

/**
 * Copies the rows of `table` matching `where` (with `$1` = the model's id) `count` times, in
 * batches; `set` gives SQL expressions for columns, in terms of the copy number `n`; `omit`
 * leaves columns to their defaults (sequences).
 */
async function copies(client, { table, where, model, count, set, omit = [] }) {
  const cols = (await columns(client, table)).filter((col) => !omit.includes(col));
  const list = cols.map((col) => `"${col}"`).join(", ");
  const values = cols.map((col) => set[col] ?? `src."${col}"`).join(", ");
  for (let from = 1; from <= count; from += BATCH) {
    const to = Math.min(count, from + BATCH - 1);
    await client.query(
      `INSERT INTO "${table}" (${list}) SELECT ${values} FROM "${table}" src, generate_series(${from}, ${to}) n WHERE ${where}`,
      [model],
    );
  }
}

const env = { ...process.env, DATABASE_URL: await recreateDatabase(DATABASE), PORTAL_DEMO: "1" };
log(`Database ${DATABASE}: migrate and seed`);
await migrate(env);
await seed(env, { ifEmpty: false });
const client = new pg.Client({ connectionString: env.DATABASE_URL });
await client.connect();
try {
  const started = Date.now();
  const one = async (sql) => (await client.query(sql)).rows[0]?.id;

  log(`${COUNTS.articles} articles`);
  const article = await one(
    `SELECT a.id FROM "Article" a JOIN "ArticleTranslation" t ON t."articleId" = a.id AND t.locale = 'vi' WHERE a.kind = 'POLICY' AND a.state = 'PUBLISHED' AND a."publishAt" < now() AND a."deletedAt" IS NULL LIMIT 1`,
  );
  await copies(client, {
    table: "Article",
    where: `src.id = $1`,
    model: article,
    count: COUNTS.articles,
    set: {
      id: `'big-a-' || n`,
      publishAt: `now() - n * interval '5 minutes'`,
      firstPublishedAt: `now() - n * interval '5 minutes'`,
      createdAt: `now() - n * interval '5 minutes'`,
      updatedAt: "now()",
    },
  });
  await copies(client, {
    table: "ArticleTranslation",
    where: `src."articleId" = $1 AND src.locale = 'vi'`,
    model: article,
    count: COUNTS.articles,
    set: {
      id: `'big-at-' || n`,
      articleId: `'big-a-' || n`,
      slug: `'bai-viet-lon-' || n`,
      title: `src.title || ' (' || n || ')'`,
      audioId: "NULL",
      updatedAt: "now()",
    },
  });

  log(`${COUNTS.products} products`);
  const product = await one(`SELECT p.id FROM "Product" p WHERE p.published LIMIT 1`);
  await copies(client, {
    table: "Product",
    where: `src.id = $1`,
    model: product,
    count: COUNTS.products,
    set: { id: `'big-p-' || n`, updatedAt: "now()" },
  });
  await copies(client, {
    table: "ProductTranslation",
    where: `src."productId" = $1`,
    model: product,
    count: COUNTS.products,
    set: {
      id: `'big-pt-' || src.locale || '-' || n`,
      productId: `'big-p-' || n`,
      slug: `src.slug || '-' || n`,
      name: `src.name || ' ' || n`,
      updatedAt: "now()",
    },
  });

  log(`${COUNTS.questions} forum questions`);
  const question = await one(
    `SELECT q.id FROM "ForumQuestion" q JOIN "ForumAnswer" a ON a."questionId" = q.id WHERE q.state = 'ANSWERED' AND q."mergedIntoId" IS NULL LIMIT 1`,
  );
  await copies(client, {
    table: "ForumQuestion",
    where: `src.id = $1`,
    model: question,
    count: COUNTS.questions,
    omit: ["number"],
    set: {
      id: `'big-q-' || n`,
      trackingCode: `'BIG' || lpad(n::text, 9, '0')`,
      fingerprint: `md5('big-q-' || n)`,
      body: `src.body || ' (' || n || ')'`,
      publicBody: `src."publicBody" || ' (' || n || ')'`,
      createdAt: `now() - n * interval '3 minutes'`,
      publishedAt: `now() - n * interval '3 minutes'`,
      updatedAt: "now()",
    },
  });
  await copies(client, {
    table: "ForumAnswer",
    where: `src."questionId" = $1`,
    model: question,
    count: COUNTS.questions,
    set: { id: `'big-qa-' || n`, questionId: `'big-q-' || n`, updatedAt: "now()" },
  });

  log(`${COUNTS.notices} notices`);
  const notice = await one(`SELECT n.id FROM "Notice" n WHERE n.state = 'ISSUED' AND n."supersedesId" IS NULL LIMIT 1`);
  if (notice) {
    await copies(client, {
      table: "Notice",
      where: `src.id = $1`,
      model: notice,
      count: COUNTS.notices,
      set: {
        id: `'big-n-' || n`,
        seriesId: `'big-n-' || n`,
        supersedesId: "NULL",
        issuedAt: `now() - n * interval '1 hour'`,
        effectiveAt: `now() - n * interval '1 hour'`,
        expiresAt: `now() - n * interval '1 hour' + interval '1 day'`,
        updatedAt: "now()",
      },
    });
    await copies(client, {
      table: "NoticeTranslation",
      where: `src."noticeId" = $1`,
      model: notice,
      count: COUNTS.notices,
      set: { id: `'big-nt-' || src.locale || '-' || n`, noticeId: `'big-n-' || n`, audioId: "NULL", updatedAt: "now()" },
    });
    await copies(client, {
      table: "NoticeArea",
      where: `src."noticeId" = $1`,
      model: notice,
      count: COUNTS.notices,
      set: { noticeId: `'big-n-' || n` },
    });
  }
  // As autovacuum leaves a database that has settled: statistics, and the visibility map that
  // lets counts (list pages' "page N of M") read the index alone instead of 100,000 rows.
  await client.query("VACUUM ANALYZE");
  const {
    rows: [counts],
  } = await client.query(
    `SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Product")::int AS products, (SELECT count(*) FROM "ForumQuestion")::int AS questions, (SELECT count(*) FROM "Notice")::int AS notices`,
  );
  log(`Done in ${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(counts)} in ${DATABASE}`);
} finally {
  await client.end();
}
