import { z } from "zod";
import template from "./help.json";
import { renderTemplate } from "./render";

export const HelpCardSchema = z.object({
  title: z.string().min(1),
  lines: z.array(z.string().min(1)).min(1),
});
export type HelpCardData = z.infer<typeof HelpCardSchema>;

export const renderHelpCard = (data: HelpCardData) => renderTemplate(template, HelpCardSchema, data);
