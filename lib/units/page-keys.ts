/**
 * A commune's own public page (`/<locale>/communes/<slug>`, every language) names
 * `commune:<id>`: it shows the commune's office, notices, figures, updates, questions and
 * products, so a change to any of them purges that page and no other commune's.
 */
export function communePageKey(communeId: string): string {
  return `commune:${communeId}`;
}

/** A page showing a commune office's contact outside the commune's page (a notice's "call the office"). */
export function officePageKey(communeId: string): string {
  return `office:${communeId}`;
}

/**
 * After a change to a commune office's contact: the commune's page, the contact page (every
 * office), and the pages of that commune's notices that give its number. Villages and names
 * appear on every page (the commune chooser): those changes still purge everything.
 */
export function communeOfficePageKeys(communeId: string): string[] {
  return [communePageKey(communeId), officePageKey(communeId), "section:contact"];
}
