import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_PATH } from "./chromium.mjs";

/**
 * Lighthouse's scores (0–100) for one page, with its default mobile settings (emulated phone,
 * simulated slow 4G and CPU slowdown), in Debian's Chromium. Also returns the audits that did
 * not pass, so a score below 100 says why. A category Lighthouse could not score is null, not
 * 0, with the reason in `runtimeError` (the whole run, e.g. NO_FCP when the page never painted
 * in time on a busy machine) or `errors` (audits that failed to run): a 0 would read as the
 * page's fault ("/vi/forum performance 0, best-practices 0" on 2026-12-05 was this).
 */
export async function lighthouseScores(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const categories = Object.fromEntries(
      Object.entries(result.lhr.categories).map(([id, category]) => [
        id,
        category.score === null ? null : Math.round(category.score * 100),
      ]),
    );
    const failing = Object.values(result.lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && !["informative", "notApplicable", "manual"].includes(audit.scoreDisplayMode),
      )
      .map((audit) => audit.id);
    const errors = Object.values(result.lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === "error")
      .map((audit) => `${audit.id}: ${audit.errorMessage ?? "error"}`);
    const runtimeError = result.lhr.runtimeError ? `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}` : null;
    return { categories, failing, errors, runtimeError };
  } finally {
    await chrome.kill();
  }
}
