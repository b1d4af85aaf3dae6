import type { Action } from "@/lib/auth/permissions";

/** The back-office menu; an entry shows only to those who may use it (`can(viewer, permission)`). */
export const ADMIN_NAV: ReadonlyArray<{ key: string; href: string; permission: Action }> = [
  { key: "dashboard", href: "/admin", permission: "backoffice.access" },
  { key: "articles", href: "/admin/articles", permission: "articles.edit" },
  { key: "articleTopics", href: "/admin/article-topics", permission: "articles.topics" },
  { key: "notices", href: "/admin/notices", permission: "notices.manage" },
  { key: "forum", href: "/admin/forum", permission: "forum.answer" },
  { key: "library", href: "/admin/library", permission: "library.contribute" },
  { key: "products", href: "/admin/products", permission: "products.manage" },
  { key: "translations", href: "/admin/translations", permission: "translations.suggest" },
  { key: "producers", href: "/admin/producers", permission: "products.manage" },
  { key: "units", href: "/admin/units", permission: "units.view" },
  { key: "data", href: "/admin/data", permission: "dataset.view" },
  { key: "dataCharts", href: "/admin/data/charts", permission: "dataset.view" },
  { key: "dataImport", href: "/admin/data/import", permission: "dataset.import" },
  { key: "indicators", href: "/admin/data/indicators", permission: "indicators.manage" },
  { key: "prestigiousPersons", href: "/admin/data/prestigious-persons", permission: "prestigiousPersons.view" },
  { key: "ethnicGroups", href: "/admin/ethnic-groups", permission: "ethnicGroups.manage" },
  { key: "users", href: "/admin/users", permission: "users.manage" },
  { key: "audit", href: "/admin/audit", permission: "audit.view" },
  { key: "settings", href: "/admin/settings", permission: "settings.manage" },
  { key: "outbox", href: "/admin/outbox", permission: "outbox.view" },
  { key: "outboxSettings", href: "/admin/outbox/settings", permission: "outbox.settings" },
  { key: "account", href: "/admin/account", permission: "account.changeOwnPassword" },
];
