import { z } from "zod";
import template from "./agenda-kallelse.json";
import { escapeText, renderTemplate, type AdaptiveCard } from "./render";
import type { KallelseView } from "../src/agenda/kallelse";
import type { Payload } from "../src/delivery/model";
import { lateOn } from "../src/agenda/deadlines";
import { LinkSchema } from "../src/agenda/schema";
import type { Messages } from "../src/i18n";

/**
 * The kallelse (meeting notice) posted in a group's home channel at its kallelse time: meeting details
 * (date, time, place, Teams link) and the numbered agenda with each item's kind and late mark. The same
 * card replaces the posted one after a reschedule or cancellation. All text is escaped by `kallelseCard`.
 */
export const AgendaKallelseCardSchema = z.object({
  heading: z.string().min(1),
  group: z.string().min(1),
  status: z.string().default(""),
  facts: z.array(z.object({ title: z.string(), value: z.string() })),
  agendaHeading: z.string(),
  noItems: z.string(),
  items: z.array(z.object({ number: z.number().int().min(1), title: z.string().min(1), note: z.string() })),
  footer: z.string().default(""),
  /** A checked http(s) link (the Teams meeting), or "" for none. */
  onlineUrl: z.union([LinkSchema, z.literal("")]).default(""),
  labels: z.object({ join: z.string() }),
});
export type AgendaKallelseCardData = z.input<typeof AgendaKallelseCardSchema>;

export const renderAgendaKallelseCard = (data: AgendaKallelseCardData) => renderTemplate(template, AgendaKallelseCardSchema, data);

/** The kallelse card of a view, in the given language. */
export function kallelseCard(view: KallelseView, groupName: string, t: Messages): AdaptiveCard {
  const k = t.agenda.kallelse;
  const m = view.meeting;
  const facts = [
    { title: k.date, value: t.agenda.localDate(m.date) },
    { title: k.time, value: m.time },
    ...(m.place ? [{ title: k.place, value: escapeText(m.place) }] : []),
    ...(m.onlineUrl ? [{ title: k.online, value: k.onlineValue }] : []),
  ];
  return renderAgendaKallelseCard({
    heading: k.heading,
    group: escapeText(groupName),
    status: m.status === "cancelled" ? k.cancelled(escapeText(m.cancelReason ?? "")) : "",
    facts,
    agendaHeading: t.agenda.agendaHeading,
    noItems: t.agenda.noItems,
    items: view.items.map((i, n) => ({
      number: n + 1,
      title: escapeText(i.title),
      note: [t.agenda.kind[i.kind], ...(lateOn(i, m, view.dates) ? [t.agenda.late] : []), ...(i.raiseAtMeeting ? [k.raiseAtMeeting] : [])].join(", "),
    })),
    footer: m.status === "cancelled" ? "" : k.footer,
    onlineUrl: m.onlineUrl ?? "",
    labels: { join: k.join },
  });
}

/** The posted activity: the card, with a plain summary for notifications. */
export function kallelsePayload(view: KallelseView, groupName: string, t: Messages): Payload {
  return {
    summary: `${t.agenda.kallelse.heading}: ${groupName}`.slice(0, 200),
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: kallelseCard(view, groupName, t) }],
  };
}

/** The renderer for the kallelse job and its refresh (Swedish: the channel's language). */
export function kallelseRenderer(groupName: (groupId: string) => Promise<string>, t: Messages) {
  return async (view: KallelseView): Promise<Payload> => kallelsePayload(view, await groupName(view.groupId), t);
}
