import { z } from "zod";
import { defineTemplate } from "../template";

/**
 * A message whose text the caller composed (already in the recipient's language): for
 * one-off notes from the back office and for tests. Domains with their own wording define
 * their own template instead.
 */
export const textTemplate = defineTemplate({
  data: z.object({ subject: z.string().min(1).max(200), text: z.string().min(1).max(5000) }),
  render: async (data) => ({ subject: data.subject, text: data.text }),
});
