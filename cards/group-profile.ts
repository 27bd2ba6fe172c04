import { z } from "zod";
import template from "./group-profile.json";
import { renderTemplate } from "./render";

/** Every value is display text: user- and document-derived text is escaped by the caller. */
export const GroupProfileCardSchema = z.object({
  name: z.string().min(1),
  subtitle: z.string(),
  purpose: z.string(),
  facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })),
  flagsTitle: z.string(),
  flags: z.array(z.string()),
  source: z.string(),
});
export type GroupProfileCardData = z.infer<typeof GroupProfileCardSchema>;

export const renderGroupProfileCard = (data: GroupProfileCardData) => renderTemplate(template, GroupProfileCardSchema, data);
