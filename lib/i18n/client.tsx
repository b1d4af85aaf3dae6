"use client";

import { useState } from "react";
import { createInstance } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, type Locale } from "./config";

export type ClientResources = Partial<Record<Locale, Record<string, unknown>>>;

/**
 * i18next for client components, with only the namespaces the server passed in (the reader's
 * locale and Vietnamese, its fallback). Used by the back office and sign-in forms; public
 * pages pass plain strings to their few client components instead.
 */
export function I18nProvider({ locale, resources, children }: { locale: Locale; resources: ClientResources; children: React.ReactNode }) {
  const [i18n] = useState(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      resources: resources as Record<string, Record<string, never>>,
      defaultNS: "errors",
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    return instance;
  });
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
