// Interface strings are bundled at build time: no file or HTTP loading at run time.
import * as vi from "@/locales/vi";
import * as en from "@/locales/en";
import * as tyz from "@/locales/tyz";
import * as ium from "@/locales/ium";
import * as hmn from "@/locales/hmn";
import type { Locale } from "./config";

/** Vietnamese is complete and is the shape every other locale follows (partially). */
export const referenceResources = { ...vi };
export type Namespace = keyof typeof vi;
export const NAMESPACES = Object.keys(vi) as Namespace[];

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
type Resources = { [N in Namespace]: DeepPartial<(typeof vi)[N]> };

export const resources: Record<Locale, Resources> = { vi: { ...vi }, en: { ...en }, tyz: { ...tyz }, ium: { ...ium }, hmn: { ...hmn } };
