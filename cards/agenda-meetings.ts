import { z } from "zod";
import template from "./agenda-meetings.json";
import { escapeInput, escapeText, renderTemplate, truncate, unescapeInput, type AdaptiveCard } from "./render";
import { IdSchema } from "../src/domain/ids";
import { RevisionSchema } from "./agenda-triage";
import { LanguageSchema, type Language } from "../src/domain/language";
import type { MeetingsView } from "../src/agenda/meetings";
import type { Messages } from "../src/i18n";

/**
 * A group's planned meetings with the mandate's meeting frequency as guidance (and a flag when fewer are
 * planned than it asks for). For the chair and secretary: create, reschedule and cancel (Action.Execute
 * `agenda.meeting`; each meeting's revision is in the data and checked on the server, as is the role).
 * Inputs of meeting n are named date<n>, time<n>, place<n>, reason<n> (ids are unique per card).
 * All text is escaped by the caller.
 */
export const AgendaMeetingsCardSchema = z.object({
  lang: LanguageSchema,
  heading: z.string().min(1),
  result: z.string().default(""),
  /** What the result means that the actor may not expect (a kallelse date already passed). */
  warning: z.string().default(""),
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
    dateMissing: z.string(),
    timeMissing: z.string(),
  }),
});
export type AgendaMeetingsCardData = z.input<typeof AgendaMeetingsCardSchema>;

export const renderAgendaMeetingsCard = (data: AgendaMeetingsCardData) => {
  const card = renderTemplate(template, AgendaMeetingsCardSchema, data);
  // Templating turns every value into a string; revision and n go back as numbers.
  return JSON.parse(JSON.stringify(card).replace(/"(revision|n)":"(\d+)"/g, '"$1":$2')) as typeof card;
};

/**
 * agenda.meeting: create, reschedule or cancel. The inputs of meeting n come as date<n>, time<n>,
 * place<n>, reason<n> (of the new meeting: date, time, place, onlineUrl), read with `meetingField`.
 */
export const MeetingDataSchema = z
  .object({
    groupId: IdSchema,
    action: z.enum(["create", "reschedule", "cancel"]),
    lang: LanguageSchema.optional(),
    meetingId: IdSchema.optional(),
    revision: RevisionSchema.optional(),
    n: RevisionSchema.pipe(z.number().max(100)).optional(),
  })
  .catchall(z.unknown())
  .refine((d) => d.action === "create" || (d.meetingId !== undefined && d.revision !== undefined && d.n !== undefined), { message: "meeting, revision and n are required" });
export type MeetingData = z.infer<typeof MeetingDataSchema>;

/** An input of the card (of meeting n, when given), as typed; anything but text counts as empty. */
export function meetingField(data: Record<string, unknown>, name: string, n?: number): string | undefined {
  const v = data[n ? `${name}${n}` : name];
  return typeof v === "string" ? unescapeInput(v).trim().slice(0, 2000) : undefined;
}

/** The meetings card of a view, with the result of an action (or a refusal) above it. */
export function meetingsCard(view: MeetingsView, t: Messages, lang: Language, note: { result?: string; warning?: string; error?: string } = {}): AdaptiveCard {
  const tm = t.agenda.meetings;
  const { check, frequency } = view;
  return renderAgendaMeetingsCard({
    lang,
    heading: tm.heading(escapeText(view.group.name)),
    result: note.result ?? "",
    warning: note.warning ?? "",
    error: note.error ?? "",
    frequency: frequency ? tm.frequency(escapeText(truncate(frequency.clause.text, 400))) : tm.noFrequency,
    flag: check.expected === undefined ? "" : check.tooFew ? tm.tooFew(check.planned, check.expected) : tm.enough(check.planned, check.expected),
    none: tm.none,
    groupId: view.group.id,
    canManage: view.canManage,
    meetings: view.meetings.map((m, i) => ({
      n: i + 1,
      id: m.id,
      revision: m.revision,
      line: tm.meetingLine(m.date, m.time, escapeText(m.place ?? (m.onlineUrl ? t.agenda.kallelse.online : ""))),
      dates: tm.dates(m.dates.itemDeadline, m.dates.kallelseDate),
      date: m.date,
      time: m.time,
      place: escapeInput(m.place ?? ""),
    })),
    labels: tm.labels,
  });
}
