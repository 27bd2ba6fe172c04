import { z } from "zod";
import type { Messages } from "../src/i18n";
import type { MinutesItem } from "../src/minutes/schema";
import template from "./minutes-item.json";
import { ColorSchema } from "./minutes-approval";
import { escapeInput, escapeText, renderTemplate, type AdaptiveCard } from "./render";

/**
 * The secretary's form for one item (paragraf) of the minutes: title, discussion, decision, responsible,
 * due date and action items (one per line: "text; ansvarig: X; senast: YYYY-MM-DD"). `item` is the item
 * number being edited ("" = a new item at the end). Values go through `escapeInput` (no template
 * expressions); the server checks the secretary's role and re-reads the minutes.
 */
export const MinutesItemCardSchema = z.object({
  lang: z.enum(["sv", "en"]),
  heading: z.string().min(1),
  notice: z.string().default(""),
  noticeColor: ColorSchema.default("Attention"),
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
  labels: z.object({ title: z.string(), titleMissing: z.string(), discussion: z.string(), decision: z.string(), responsible: z.string(), due: z.string(), actions: z.string(), save: z.string() }),
});
export type MinutesItemCardData = z.input<typeof MinutesItemCardSchema>;
export type ItemValues = Required<NonNullable<MinutesItemCardData["values"]>>;

export const renderMinutesItemCard = (data: MinutesItemCardData): AdaptiveCard => renderTemplate(template, MinutesItemCardSchema, data);

/** The form's values for an existing item (the action lines as the secretary types them). */
export function itemValues(item: MinutesItem | undefined): ItemValues {
  return {
    title: item?.title ?? "",
    discussion: item?.discussion ?? "",
    decision: item?.decision ?? "",
    responsible: item?.responsible ?? "",
    due: item?.due ?? "",
    actions: (item?.actions ?? []).map((a) => [a.text, ...(a.responsible ? [`ansvarig: ${a.responsible}`] : []), ...(a.due ? [`senast: ${a.due}`] : [])].join("; ")).join("\n"),
  };
}

/** The form for item `no` of a meeting's minutes (new when undefined); `values` refill it after a refusal. */
export function minutesItemCard(t: Messages, o: { groupName: string; groupId: string; meeting: { id: string; date: string }; no?: number; values: ItemValues; notice?: string }): AdaptiveCard {
  return renderMinutesItemCard({
    lang: t.minutes.lang,
    heading: t.minutes.itemForm.heading(escapeText(o.groupName), o.meeting.date),
    notice: o.notice ?? "",
    groupId: o.groupId,
    meetingId: o.meeting.id,
    item: o.no !== undefined ? String(o.no) : "",
    values: Object.fromEntries(Object.entries(o.values).map(([k, x]) => [k, escapeInput(x)])),
    labels: t.minutes.itemForm.labels,
  });
}
