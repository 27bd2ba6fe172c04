import { z } from "zod";
import template from "./agenda-triage.json";
import { renderTemplate } from "./render";

/**
 * The triage card of an agenda item. Its version is the item's revision (in every action's data), never
 * the Cosmos ETag; the server re-checks the actor's role and the revision on each Action.Execute.
 * All text is escaped by the caller (escapeText).
 */
export const AgendaTriageCardSchema = z.object({
  heading: z.string(),
  title: z.string().min(1),
  facts: z.array(z.object({ title: z.string(), value: z.string() })),
  description: z.string(),
  links: z.array(z.string()),
  status: z.string(),
  groupId: z.string().min(1),
  itemId: z.string().min(1),
  revision: z.number().int().min(1),
  canTriage: z.boolean(),
  canReopen: z.boolean(),
  /** The submitter's receipt: edit or withdraw while untriaged. */
  canWithdraw: z.boolean().default(false),
  /** Accept: the planned meetings, the item's own first ("" = the item's meeting or the next). */
  acceptMeetings: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  /** Defer: planned meetings after the item's (besides "next meeting"). */
  laterMeetings: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  /** Redirect: the groups it may go to. */
  groups: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  labels: z.object({
    accept: z.string(),
    defer: z.string(),
    reject: z.string(),
    reason: z.string(),
    reopen: z.string(),
    withdraw: z.string(),
    edit: z.string(),
    acceptTo: z.string(),
    deferTo: z.string(),
    nextMeeting: z.string(),
    redirect: z.string(),
    redirectTo: z.string(),
  }),
});
export type AgendaTriageCardData = z.infer<typeof AgendaTriageCardSchema>;

/**
 * Universal Actions refresh: Teams asks the bot for the current card (verb `agenda.refresh`) when one of
 * `userIds` (Teams ids, at most 60) views it, so the submitter's receipt shows the live status.
 */
export interface TriageRefresh {
  readonly groupId: string;
  readonly itemId: string;
  readonly userIds: readonly string[];
}

export const renderAgendaTriageCard = (data: z.input<typeof AgendaTriageCardSchema>, refresh?: TriageRefresh) => {
  const card = renderTemplate(template, AgendaTriageCardSchema, data);
  // Templating turns every value into a string; the revision goes back as a number.
  const out = JSON.parse(JSON.stringify(card).replace(/"revision":"(\d+)"/g, '"revision":$1')) as typeof card & { refresh?: unknown };
  if (refresh && refresh.userIds.length > 0) {
    out.refresh = { action: { type: "Action.Execute", verb: "agenda.refresh", data: { groupId: refresh.groupId, itemId: refresh.itemId } }, userIds: refresh.userIds.slice(0, 60) };
  }
  return out;
};
