export const TRANSLATIONS_TAG = "translations";
