import { z } from "zod";
import template from "./help.json";
import { renderTemplate, type CardLanguage } from "./render";

export const HelpCardSchema = z.object({
  title: z.string().min(1),
  lines: z.array(z.string().min(1)).min(1),
  /**
   * Buttons that send a command as if typed: an Action.Submit whose data is `{ command }` (the turn guard
   * reads it as the message text; imBack is not pressable in the Agents Playground). They need none of the
   * card's inputs.
   */
  actions: z.array(z.object({ title: z.string().min(1), text: z.string().min(1) })).max(5).default([]),
});
export type HelpCardData = z.input<typeof HelpCardSchema>;

export const renderHelpCard = (data: HelpCardData, lang?: CardLanguage) => renderTemplate(template, HelpCardSchema, data, lang);
