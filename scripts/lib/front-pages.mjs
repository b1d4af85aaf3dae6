// The pages the front server (scripts/lib/front-server.mjs) writes itself, when Next.js cannot
// answer a reader as it should: a server error, and a form the portal could not take.
import busboy from "busboy";
import viErrorPage from "../../locales/vi/errorPage.json" with { type: "json" };
import enErrorPage from "../../locales/en/errorPage.json" with { type: "json" };

/**
 * The page for a public request that failed on the server. Next.js answers a server error with
 * an empty shell that its JavaScript fills in, which public pages do not run; this says what
 * happened in the page's language (English or Vietnamese, the languages with these strings).
 * @param {string} locale
 */
export function serverErrorPage(locale) {
  const english = locale === "en";
  const s = english ? enErrorPage : viErrorPage;
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  return (
    `<!DOCTYPE html><html lang="${english ? "en" : "vi"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(s.title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6"><main><h1>${escape(s.title)}</h1><p>${escape(s.body)}</p>` +
    `<p><a href="">${escape(s.retry)}</a> · <a href="/${english ? "en" : "vi"}">${escape(s.home)}</a></p></main></body></html>`
  );
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The largest form read into memory before it is sent on (so it can be given back on failure). */
export const FORM_LIMIT = 256 * 1024;

/** The text fields of a form body (urlencoded or multipart), in order; files are skipped. */
export function formFieldsOf(contentType, body) {
  return new Promise((resolve) => {
    const fields = [];
    try {
      const parser = busboy({ headers: { "content-type": contentType }, limits: { fieldSize: FORM_LIMIT } });
      parser.on("field", (name, value) => fields.push([name, value]));
      parser.on("file", (_name, stream) => stream.resume());
      parser.on("close", () => resolve(fields));
      parser.on("error", () => resolve(fields));
      parser.end(body);
    } catch {
      resolve(fields);
    }
  });
}

/**
 * The page for a form the portal could not take (its database down, the server failing): it
 * says nothing was sent, shows what the reader typed, and sends the same form again on a press
 * (no script needed). English or Vietnamese.
 * @param {string} locale
 * @param {string} action the address the form was sent to
 * @param {string} contentType the form's encoding as sent
 * @param {[string, string][]} fields
 */
export function notSentPage(locale, action, contentType, fields) {
  const english = locale === "en";
  const s = english ? enErrorPage : viErrorPage;
  const enctype = /^multipart\/form-data/i.test(contentType) ? "multipart/form-data" : "application/x-www-form-urlencoded";
  // What the reader wrote: the longest of the fields they fill in (the framework's start with "$").
  const typed =
    fields
      .filter(([name]) => !name.startsWith("$") && name !== "locale")
      .map(([, value]) => value)
      .sort((a, b) => b.length - a.length)[0] ?? "";
  const hidden = fields.map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join("");
  return (
    `<!DOCTYPE html><html lang="${english ? "en" : "vi"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(s.notSentTitle)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6"><main><h1>${escapeHtml(s.notSentTitle)}</h1><p>${escapeHtml(s.notSentBody)}</p>` +
    `<form method="post" action="${escapeHtml(action)}" enctype="${enctype}">${hidden}` +
    (typed
      ? `<p><label for="typed">${escapeHtml(s.yourText)}</label><br><textarea id="typed" readonly rows="8" style="width:100%">${escapeHtml(typed)}</textarea></p>`
      : "") +
    `<p><button type="submit">${escapeHtml(s.sendAgain)}</button> · <a href="/${english ? "en" : "vi"}">${escapeHtml(s.home)}</a></p></form></main></body></html>`
  );
}
