import "i18next";
import type { referenceResources } from "@/lib/i18n/resources";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof referenceResources;
  }
}
