import { z } from "zod";
import template from "./agenda-meetings.json";
import { renderTemplate } from "./render";

/**
 * A group's planned meetings with the mandate's meeting frequency as guidance (and a flag when fewer are
 * planned than it asks for). For the chair and secretary: create, reschedule and cancel (Action.Execute
 * `agenda.meeting`; each meeting's revision is in the data and checked on the server, as is the role).
 * Inputs of meeting n are named date<n>, time<n>, place<n>, reason<n> (ids are unique per card).
 * All text is escaped by the caller.
 */
export const AgendaMeetingsCardSchema = z.object({
  heading: z.string().min(1),
  result: z.string().default(""),
  /** A refusal shown above the current state (e.g. a stale revision). */
  error: z.string().default(""),
  frequency: z.string().default(""),
  flag: z.string().default(""),
  none: z.string(),
  groupId: z.string().min(1),
  canManage: z.boolean(),
  meetings: z.array(
    z.object({
      n: z.number().int().min(1),
      id: z.string().min(1),
      revision: z.number().int().min(1),
      line: z.string(),
      dates: z.string(),
      date: z.string(),
      time: z.string(),
      place: z.string().default(""),
    }),
  ),
  labels: z.object({
    date: z.string(),
    time: z.string(),
    place: z.string(),
    onlineUrl: z.string(),
    create: z.string(),
    save: z.string(),
    reschedule: z.string(),
    cancel: z.string(),
    reason: z.string(),
  }),
});
export type AgendaMeetingsCardData = z.input<typeof AgendaMeetingsCardSchema>;

export const renderAgendaMeetingsCard = (data: AgendaMeetingsCardData) => {
  const card = renderTemplate(template, AgendaMeetingsCardSchema, data);
  // Templating turns every value into a string; revision and n go back as numbers.
  return JSON.parse(JSON.stringify(card).replace(/"(revision|n)":"(\d+)"/g, '"$1":$2')) as typeof card;
};
