import { z } from "zod";
import template from "./minutes-item.json";
import { renderTemplate, type AdaptiveCard } from "./render";

/**
 * The secretary's form for one item (paragraf) of the minutes: title, discussion, decision, responsible,
 * due date and action items (one per line: "text; ansvarig: X; senast: YYYY-MM-DD"). `item` is the item
 * number being edited ("" = a new item at the end). Values go through `escapeInput` (no template
 * expressions); the server checks the secretary's role and re-reads the minutes.
 */
export const MinutesItemCardSchema = z.object({
  heading: z.string().min(1),
  notice: z.string().default(""),
  groupId: z.string().min(1),
  meetingId: z.string().min(1),
  item: z.string().default(""),
  values: z
    .object({
      title: z.string().default(""),
      discussion: z.string().default(""),
      decision: z.string().default(""),
      responsible: z.string().default(""),
      due: z.string().default(""),
      actions: z.string().default(""),
    })
    .default({}),
  labels: z.object({ title: z.string(), discussion: z.string(), decision: z.string(), responsible: z.string(), due: z.string(), actions: z.string(), save: z.string() }),
});
export type MinutesItemCardData = z.input<typeof MinutesItemCardSchema>;

export const renderMinutesItemCard = (data: MinutesItemCardData): AdaptiveCard => renderTemplate(template, MinutesItemCardSchema, data);
