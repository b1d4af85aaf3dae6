import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/**
 * Share links of a public page (articles, products): Zalo and Facebook as plain links; "copy
 * link" and "print" (articles) are buttons that /js/article.js reveals and wires up when JavaScript runs
 * (without it they stay hidden, and the page works as it is).
 */
export function ShareLinks({ pageUrl, locale, print = true }: { pageUrl: string; locale: Locale; print?: boolean }) {
  const t = getT(locale, "articles");
  const statusId = "copy-status";
  return (
    <section aria-labelledby="share" className="no-print mt-8">
      <h2 id="share" className="text-lg font-bold">
        {t("article.share")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-3">
        <li>
          {/* FIXME: check the share address against Zalo's current documentation before going live. */}
          <a
            href={`https://sp.zalo.me/plugins/share?url=${encodeURIComponent(pageUrl)}`}
            rel="noopener noreferrer"
            target="_blank"
            className="underline"
          >
            {t("article.shareZalo")}
          </a>
        </li>
        <li>
          <a
            href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`}
            rel="noopener noreferrer"
            target="_blank"
            className="underline"
          >
            {t("article.shareFacebook")}
          </a>
        </li>
        <li>
          <button
            type="button"
            hidden
            data-copy-link={pageUrl}
            data-copied={t("article.copied")}
            aria-controls={statusId}
            className="cursor-pointer underline"
          >
            {t("article.copyLink")}
          </button>
        </li>
        {print && (
          <li>
            <button type="button" hidden data-print="" className="cursor-pointer underline">
              {t("article.print")}
            </button>
          </li>
        )}
      </ul>
      <p id={statusId} role="status" className="text-sm" />
      <script src="/js/article.js" defer />
    </section>
  );
}
