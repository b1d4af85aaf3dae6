"use client";

import { useParams } from "next/navigation";
import { ErrorView } from "@/components/layout/error-view";

export default function LocaleError({ retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale: string }>();
  return <ErrorView locale={params.locale} retry={retry} />;
}
