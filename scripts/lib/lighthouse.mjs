import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_PATH } from "./chromium.mjs";

/**
 * Lighthouse's scores (0–100) for one page, with its default mobile settings (emulated phone,
 * simulated slow 4G and CPU slowdown), in Debian's Chromium. Also returns the audits that did
 * not pass, so a score below 100 says why.
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
      Object.entries(result.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
    );
    const failing = Object.values(result.lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && !["informative", "notApplicable", "manual"].includes(audit.scoreDisplayMode),
      )
      .map((audit) => audit.id);
    return { categories, failing };
  } finally {
    await chrome.kill();
  }
}
