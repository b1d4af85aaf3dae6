"use client";

import { useTranslation } from "react-i18next";
import { useFieldId, useFormResult } from "@/components/ui/action-form";
import { translateKey } from "@/lib/i18n/translate-key";

/**
 * The warning that an answer names the asker or gives a number (lib/forum/privacy.ts) and the
 * answerer's confirmation: shown only after the server gave that warning.
 */
export function PrivacyConfirm({ label }: { label: string }) {
  const state = useFormResult();
  const fieldId = useFieldId("confirmPrivacy");
  const { t } = useTranslation(["forum", "errors"]);
  const warning = state.fieldErrors?.confirmPrivacy?.[0];
  if (!warning) return null;
  return (
    <div id={fieldId} className="border-l-4 border-accent-600 pl-3">
      <p className="font-semibold text-accent-700">{translateKey(t, warning)}</p>
      <label className="mt-1 flex min-h-11 items-center gap-2">
        <input type="checkbox" name="confirmPrivacy" value="1" className="size-5" />
        {label}
      </label>
    </div>
  );
}
